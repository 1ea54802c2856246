// The map in the built story: its view follows the steps as content names
// them (read through the content loader, see content.ts), its pixels change
// between views, it reads without JavaScript, and a failed map-data request
// leaves the story readable.
import { expect, test } from '@playwright/test';
import { COLOURS } from '../../src/lib/graphics/map/style';
import { MILESTONES, OPENING, colourShare, openStory, scrollToStep, stableScreenshot, waitForActive } from './story';

test('the map changes view with each step, and its pixels change with it', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const mapRequests: string[] = [];
	page.on('request', (r) => {
		if (/\/map\/[^/]+\.json$/.test(new URL(r.url()).pathname)) mapRequests.push(r.url());
	});
	await openStory(page);
	const map = page.locator('.map[data-map-view]');
	// The opening's map is the build-time drawing of the opening view; the map's code and data come
	// as the page settles (the graphic is on the first screen), ready by the first step.
	await expect(map).toHaveAttribute('data-map-view', OPENING.map);
	await scrollToStep(page, MILESTONES[0].id);
	await expect(map).toHaveAttribute('data-map-state', 'ready');
	expect(mapRequests.length).toBeGreaterThan(0);
	const shots = new Map<string, Buffer>();
	for (const m of MILESTONES) {
		await scrollToStep(page, m.id);
		await waitForActive(page, m.id);
		await expect(map, m.id).toHaveAttribute('data-map-view', m.map);
		if (!shots.has(m.map)) shots.set(m.map, await stableScreenshot(map));
	}
	const views = [...shots.keys()];
	expect(views.sort()).toEqual(['central-asia', 'council', 'synthesis', 'tashkent', 'uzbekistan', 'world']);
	for (let i = 0; i < views.length; i++) {
		for (let j = i + 1; j < views.length; j++) {
			expect(shots.get(views[i])!.equals(shots.get(views[j])!), `${views[i]} and ${views[j]} look the same`).toBe(
				false
			);
		}
	}
	// The land really is painted, with the region's detail (in a view fitted to a box, which fills
	// the frame; a globe in a phone's strip covers less of it): a fifth of what the reader sees of
	// the map is the land's colour.
	const fitted = MILESTONES.find((m) => m.map === 'tashkent')!;
	await scrollToStep(page, fitted.id);
	await waitForActive(page, fitted.id);
	await expect(page.locator('.map canvas')).toHaveAttribute('data-ground', 'detail');
	const land = await colourShare(page, await stableScreenshot(map), COLOURS.land);
	expect(land).toBeGreaterThan(0.2);
	// Names on the map are the edition's, never Natural Earth's English ones.
	await expect(page.locator('.map')).not.toContainText(/Uzbekistan|Kazakhstan|Tashkent/);
});

test('a jump from a region to the globe: once the map says it is painted, its ground is the globe’s', async ({
	page
}) => {
	// data-map-painted (what screenshots wait for) comes only with the last frame asked for: not with
	// a frame of the view before that the worker painted after the jump.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openStory(page);
	const map = page.locator('figure[data-active-step] .map[data-map-view]');
	const region = MILESTONES.find((m) => m.map === 'central-asia')!;
	const globe = MILESTONES.find((m) => m.map === 'synthesis')!;
	const corner = async () => {
		const box = (await map.boundingBox())!;
		const png = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 24, height: 24 } });
		return colourShare(page, png, COLOURS.land);
	};
	await scrollToStep(page, region.id);
	await waitForActive(page, region.id);
	await expect(map).toHaveAttribute('data-map-painted', 'true');
	// The region's view fills the frame with land…
	expect(await corner()).toBeGreaterThan(0.5);
	await scrollToStep(page, globe.id);
	await waitForActive(page, globe.id);
	await expect(map).toHaveAttribute('data-map-view', 'synthesis');
	await expect(map).toHaveAttribute('data-map-painted', 'true');
	// …the globe leaves the frame's corner to the page.
	expect(await corner()).toBeLessThan(0.1);
});

test('a failed map-data request leaves the story readable', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.route('**/map/*.json', (route) => route.abort());
	await openStory(page);
	const map = page.locator('.map[data-map-view]');
	// The reader reaches for the page (a pointer over the graphic; a phone's opening hides the map):
	// the map's data is asked for, and fails.
	await page.locator('figure[data-active-step]').hover();
	await expect(map).toHaveAttribute('data-map-state', 'unavailable');
	// The story goes on: steps still drive the graphic and the timeline; where the map was, its message.
	const step = MILESTONES[3];
	await scrollToStep(page, step.id);
	await waitForActive(page, step.id);
	await expect(page.locator(`[data-step="${step.id}"] h3`)).toBeVisible();
	await expect(map).toHaveAttribute('data-map-view', step.map);
	await expect(map.getByRole('status')).toContainText('Xarita hozir mavjud emas');
	await expect(page.locator('figure[data-active-step] [data-timeline-view]')).toHaveAttribute(
		'data-timeline-view',
		step.view
	);
	expect(errors).toEqual([]);
});

test('without JavaScript the map shows its first view: the ground a picture, the names SVG', async ({ browser }) => {
	// A phone's opening gives the timeline the graphic's whole box (StickyGraphic): no map to see there.
	test.skip(test.info().project.name === 'phone', 'a laptop shows the map in the opening');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const map = page.locator('.map[data-map-view]');
	await expect(map).toHaveAttribute('data-map-view', OPENING.map);
	// The ground (ocean, land, borders, highlighted states), drawn at build time as a picture…
	const ground = map.locator('.fallback img');
	await expect.poll(() => ground.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	// …lined up with the drawing of places over it: the nominal frame fitted to the box as the svg's viewBox is,
	// and half a frame beyond each side.
	const placed = await map.evaluate((box) => {
		const svg = box.querySelector('svg[role="img"]')!;
		const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
		const s = svg.getBoundingClientRect();
		const k = Math.min(s.width / w, s.height / h);
		const expected = {
			x: s.x + s.width / 2 - k * w,
			y: s.y + s.height / 2 - k * h,
			width: 2 * k * w,
			height: 2 * k * h
		};
		const img = box.querySelector('.fallback img')!.getBoundingClientRect();
		return { expected, actual: { x: img.x, y: img.y, width: img.width, height: img.height } };
	});
	for (const key of ['x', 'y', 'width', 'height'] as const)
		expect(Math.abs(placed.actual[key] - placed.expected[key]), key).toBeLessThan(1);
	// …and the view's names, in the edition's language (the globe's two cities, in the view's order).
	await expect(map.locator('svg text')).toContainText([/Nyu.{1,2}York/, 'Toshkent'], {
		ignoreCase: false,
		useInnerText: false
	});
	await expect(map.locator('svg[role="img"]')).toHaveAttribute('aria-label', /.+/);
	await expect(map).toBeVisible();
	await context.close();
});

test('the full map is in place before the first scroll (loaded once the page is idle), and not on Save-Data', async ({
	page,
	browser
}) => {
	// Nothing from the reader: no scroll, no pointer, no key.
	await page.goto('/');
	await expect(page.locator('.map[data-map-view]')).toHaveAttribute('data-map-state', 'ready');
	expect(await page.evaluate(() => window.scrollY)).toBe(0);

	// A reader whose browser asks to save data: the map waits for the first scroll.
	const context = await browser.newContext();
	const saver = await context.newPage();
	await saver.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true })
	);
	const mapRequests: string[] = [];
	saver.on('request', (r) => {
		if (/\/map\/[^/]+\.json$/.test(new URL(r.url()).pathname)) mapRequests.push(r.url());
	});
	await saver.goto(new URL('/', page.url()).href, { waitUntil: 'networkidle' });
	expect(mapRequests).toEqual([]);
	await context.close();
});
