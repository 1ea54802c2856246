// The embed pages in a browser, alone (the lead's tests put them in iframes on
// another origin): what they show without JavaScript, ?step=, no fixed or
// sticky element, links to new tabs, a height that depends on the width only
// (not on the viewport's height, not on the step), and swipes on a touch screen.
import { expect, test, type Page } from '@playwright/test';
import { editionOf } from './content';
import { expectStrictCsp, watchCsp } from './csp';

const KINDS = ['story', 'timeline', 'map'] as const;
const en = editionOf('en');
const uz = editionOf('uz');
const FIRST = uz.steps[0].id;
const DETAIL = uz.steps[6].id;

async function openEmbed(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.embed')).toHaveAttribute('data-embed-ready', 'true');
}
/** Where the story link leads, resolved (the prerendered page writes relative paths). */
const storyLink = (page: Page) =>
	page
		.locator('a[data-story-link]')
		.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).hash);
const rootHeight = (page: Page) => page.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story embed shows the first step, the map and the link to the story', async ({ page }) => {
		await page.goto('/en/embed/story/');
		const root = page.locator('.embed[data-embed="story"]');
		await expect(root).toHaveAttribute('data-active-step', FIRST);
		await expect(root).toHaveAttribute('data-map-view', uz.steps[0].map);
		await expect(root).not.toHaveAttribute('data-embed-ready');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(en.steps[0].title);
		await expect(page.getByText(en.steps[0].text)).toBeVisible();
		await expect(page.getByText(en.steps[1].text)).toBeHidden();
		// The map: its ground, a picture drawn at build time, and its names over it.
		const ground = page.locator('.map[data-map-view] .fallback img');
		await expect(ground).toBeVisible();
		await expect
			.poll(() => ground.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
			.toBe(true);
		await expect(page.locator('.map[data-map-view] svg text').first()).toBeVisible();
		await expect(page.locator('[data-timeline-view] svg').first()).toBeVisible();
		expect(await storyLink(page)).toBe(`/en/#${FIRST}`);
		await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	});

	for (const kind of ['timeline', 'map'] as const) {
		test(`the ${kind} embed shows its graphic and the link, ?step= left to the script`, async ({ page }) => {
			await page.goto(`/embed/${kind}/?step=${DETAIL}`);
			await expect(page.locator('.embed')).toHaveAttribute('data-active-step', FIRST);
			await expect(
				page.locator(kind === 'map' ? '.map[data-map-view] svg' : '[data-timeline-view] svg').first()
			).toBeVisible();
			expect(await storyLink(page)).toBe(`/#${FIRST}`);
		});
	}
});

for (const kind of KINDS) {
	test(`${kind}: ?step= opens at that step, links open new tabs, nothing is fixed or sticky`, async ({ page }) => {
		await openEmbed(page, `/ru/embed/${kind}/?step=${DETAIL}`);
		const root = page.locator('.embed');
		await expect(root).toHaveAttribute('data-active-step', DETAIL);
		await expect(root).toHaveAttribute('data-map-view', uz.steps[6].map);
		expect(await storyLink(page)).toBe(`/ru/#${DETAIL}`);
		const links = await page
			.locator('a')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toEqual(['_blank', 'noopener']);
		const positioned = await page.evaluate(() =>
			[...document.querySelectorAll('*')]
				.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
				.map((el) => el.outerHTML.slice(0, 80))
		);
		expect(positioned).toEqual([]);
		// Everything visible is inside the root, which the height reporter measures.
		const [root_, doc] = await page.evaluate(() => [
			Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().bottom),
			document.documentElement.scrollHeight
		]);
		expect(Math.abs(root_ - Math.min(doc, root_))).toBeLessThanOrEqual(1);
	});

	test(`${kind}: the height follows the width only, not the viewport's height`, async ({ page }) => {
		await openEmbed(page, `/embed/${kind}/`);
		const width = page.viewportSize()!.width;
		const before = await rootHeight(page);
		await page.setViewportSize({ width, height: 300 });
		await expect.poll(() => rootHeight(page)).toBe(before);
		await page.setViewportSize({ width, height: 2000 });
		await expect.poll(() => rootHeight(page)).toBe(before);
	});
}

test('story: the height stays the same at every step (and the page keeps to its CSP)', async ({ page, context }) => {
	const csp = await watchCsp(context);
	await openEmbed(page, '/embed/story/');
	await expectStrictCsp(page);
	const height = await rootHeight(page);
	const next = page.locator('[data-stepper="next"]');
	for (const step of uz.steps.slice(1)) {
		await next.click();
		await expect(page.locator('.embed')).toHaveAttribute('data-active-step', step.id);
		expect(await rootHeight(page), step.id).toBe(height);
	}
	await expect(next).toBeDisabled();
	expect(csp.violations(), csp.violations().join('\n')).toEqual([]);
});

test('story: the full map (code and data) comes once the reader reaches for the embed, not with the page', async ({
	page
}) => {
	const mapData: string[] = [];
	page.on('request', (request) => {
		if (/\/map\/[\w-]+\.json$/.test(request.url())) mapData.push(request.url());
	});
	await openEmbed(page, '/embed/story/');
	await page.waitForLoadState('networkidle');
	const map = page.locator('.map[data-map-view]');
	// The first step: the build-time drawing, nothing fetched for the map.
	await expect(map).toHaveAttribute('data-map-state', 'loading');
	await expect(map.locator('.fallback img')).toBeVisible();
	expect(mapData).toEqual([]);
	// The reader's pointer comes to the stepper: the full map loads (before the step changes).
	await page.locator('[data-stepper="next"]').hover();
	await expect(map).toHaveAttribute('data-map-state', 'ready');
	expect(mapData.length).toBeGreaterThan(0);
	await expect(page.locator('.embed')).toHaveAttribute('data-active-step', FIRST);
});

test('story: opened at a step with another view (?step=), the full map loads at once', async ({ page }) => {
	expect(uz.steps[6].map).not.toBe(uz.steps[0].map);
	await openEmbed(page, `/embed/story/?step=${DETAIL}`);
	await expect(page.locator('.map[data-map-view]')).toHaveAttribute('data-map-state', 'ready');
});

test('story: a sideways swipe on the touch screen steps, a vertical one does not', async ({
	page,
	browserName
}, info) => {
	test.skip(info.project.name !== 'phone' || browserName !== 'chromium', 'touch input through Chromium, on the phone');
	await openEmbed(page, '/embed/story/');
	const box = (await page.locator('.texts').boundingBox())!;
	const y = box.y + 40;
	const cdp = await page.context().newCDPSession(page);
	const drag = async (from: [number, number], to: [number, number]) => {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
		for (let i = 1; i <= 5; i++) {
			const x = from[0] + ((to[0] - from[0]) * i) / 5;
			const yy = from[1] + ((to[1] - from[1]) * i) / 5;
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: yy }] });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	};
	const root = page.locator('.embed');
	await drag([box.x + box.width - 30, y], [box.x + 30, y + 10]);
	await expect(root).toHaveAttribute('data-active-step', uz.steps[1].id);
	await drag([box.x + 30, y], [box.x + box.width - 30, y]);
	await expect(root).toHaveAttribute('data-active-step', FIRST);
	await drag([box.x + 100, y], [box.x + 130, y + 150]);
	await drag([box.x + 200, y], [box.x + 175, y]);
	// Both moves are in; neither was a swipe.
	await expect(root).toHaveAttribute('data-active-step', FIRST);
});
