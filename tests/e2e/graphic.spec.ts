// The sticky graphic as the reader sees it at every step (issue #21): on a phone the map gets the
// room when the step moves it, no name on the map covers a marker, the active marks are drawn in
// their key's colours, and the chart's text is big enough to read at each width.
import { expect, test, type Page } from '@playwright/test';
import { MILESTONES, scrollToStep, waitForActive, waitForScroller } from './story';

const EDITIONS = ['/', '/ru/'];

async function open(page: Page, path: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(path);
	await waitForScroller(page);
}

/** Goes to a step and waits for the map to be drawn there, its names shown. */
async function reach(page: Page, id: string, map: string) {
	await scrollToStep(page, id);
	await waitForActive(page, id);
	const frame = page.locator('figure .map[data-map-view]');
	await expect(frame).toHaveAttribute('data-map-view', map);
	await expect(frame).toHaveAttribute('data-map-state', 'ready');
	await expect(frame.locator('.labels')).toHaveClass(/shown/);
}

/** The map's box as the reader sees it: its own box, cut by the graphic's (the strip under the timeline is). */
function visibleMapBox(page: Page) {
	return page.locator('figure .map-box').evaluate((box) => {
		const r = box.getBoundingClientRect();
		const figure = box.closest('figure')!.getBoundingClientRect();
		const top = Math.max(r.top, figure.top);
		const bottom = Math.min(r.bottom, figure.bottom);
		return { width: r.width, height: Math.max(0, bottom - top) };
	});
}

/** Names on the map whose box covers a marker's dot. */
function namesOverMarkers(page: Page) {
	return page.locator('figure .map svg').evaluate((svg) => {
		const dots = [...svg.querySelectorAll('circle[data-marker]')].map((c) => ({
			id: c.getAttribute('data-marker'),
			box: c.getBoundingClientRect()
		}));
		const problems: string[] = [];
		for (const text of svg.querySelectorAll<SVGTextElement>('.labels text')) {
			const t = text.getBoundingClientRect();
			for (const { id, box: d } of dots) {
				// The dot's centre inside the name's box, or more than a third of the dot under it.
				const ix = Math.max(0, Math.min(t.right, d.right) - Math.max(t.left, d.left));
				const iy = Math.max(0, Math.min(t.bottom, d.bottom) - Math.max(t.top, d.top));
				if (ix * iy > (d.width * d.height) / 3) problems.push(`"${text.textContent}" covers ${id}`);
			}
		}
		return problems;
	});
}

for (const path of EDITIONS) {
	test(`${path}: on a phone the map gets the room whenever a step moves it, and no name covers a marker`, async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'the phone layout');
		await open(page, path);
		// The opening: the timeline alone, in the whole box (a strip of globe under it was a stamp).
		await expect(page.locator('figure .map-box'), 'the map in the opening').toBeHidden();
		const opening = await page.locator('figure .timeline-box').boundingBox();
		expect(opening!.height, 'the timeline in the opening').toBeGreaterThanOrEqual(290);
		// The first step gives the map the room whatever the opening showed (see graphicStateFor).
		let before: string | undefined;
		for (const m of MILESTONES) {
			await reach(page, m.id, m.map);
			const figure = page.locator('figure[data-active-step]');
			await expect(figure.locator('.precision-key'), `${m.id}: the key`).toBeVisible();
			const box = await visibleMapBox(page);
			// A step that moves the map gets it the room, but the recap: it names every mark on the
			// timeline, over the synthesis map (the whole width, room for its names and legend).
			if (m.role === 'recap') {
				await expect(figure, m.id).toHaveAttribute('data-focus', 'time');
				expect(box.width, `${m.id}: the map's width`).toBeGreaterThanOrEqual(300);
				expect(box.height, `${m.id}: the map's height`).toBeGreaterThanOrEqual(120);
				await expect(figure.locator('.map-box .legend'), `${m.id}: the legend`).toBeVisible();
			} else if (m.map !== before) {
				await expect(figure, m.id).toHaveAttribute('data-focus', 'place');
				expect(box.width, `${m.id}: the map's width`).toBeGreaterThanOrEqual(300);
				expect(box.height, `${m.id}: the map's height`).toBeGreaterThanOrEqual(160);
			} else {
				await expect(figure, m.id).toHaveAttribute('data-focus', 'time');
				// The map is still there, as a strip under the timeline.
				expect(box.height, `${m.id}: the map's strip`).toBeGreaterThanOrEqual(60);
			}
			// The timeline is still there too (a date strip when the map has the room).
			const timeline = await page.locator('figure .timeline-box').boundingBox();
			expect(timeline!.height, `${m.id}: the timeline`).toBeGreaterThanOrEqual(90);
			expect(await namesOverMarkers(page), m.id).toEqual([]);
			before = m.map;
		}
	});
}

test("the step's date and point on the graphic are never cut, on a 360 px phone, in every edition", async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'the phone layout');
	await page.setViewportSize({ width: 360, height: 740 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (const path of ['/', '/uz-cyrl/', '/ru/', '/en/']) {
		for (const m of MILESTONES) {
			await page.goto(`${path}#${m.id}`);
			await waitForActive(page, m.id);
			await page.evaluate(() => document.fonts.ready);
			const now = await page
				.locator('figure [data-now]')
				.evaluate((e) => ({ cut: e.scrollHeight > e.clientHeight + 1, text: e.textContent!.trim() }));
			expect(now.cut, `${path} ${m.id}: "${now.text}"`).toBe(false);
		}
	}
});

test('the active marks are drawn in the colour the key gives their precision, at every step', async ({ page }) => {
	await open(page, '/');
	const key = await page.locator('figure .precision-key li[data-precision]').evaluateAll((items) =>
		Object.fromEntries(
			items.map((li) => {
				const shape = li.querySelector('circle, rect')!;
				const style = getComputedStyle(shape);
				return [li.getAttribute('data-precision'), style.fill === 'none' ? style.stroke : style.fill];
			})
		)
	);
	for (const m of MILESTONES) {
		await scrollToStep(page, m.id);
		await waitForActive(page, m.id);
		const marks = await page.locator('figure .marks .mark.on').evaluateAll((gs) =>
			gs.map((g) => ({
				id: g.getAttribute('data-mark'),
				precision: g.getAttribute('data-precision')!,
				fill: getComputedStyle(g.querySelector('circle, rect')!).fill
			}))
		);
		expect(marks.length, m.id).toBeGreaterThan(0);
		for (const mark of marks) expect(mark.fill, `${m.id}: ${mark.id}`).toBe(key[mark.precision]);
		// The others are grey: none of the four dates' colours.
		const others = await page
			.locator('figure .marks .mark:not(.on)')
			.evaluateAll((gs) => gs.map((g) => getComputedStyle(g.querySelector('circle, rect')!).fill));
		const dated = [key.day, key.month, key.year, key.range];
		for (const fill of others) expect(dated, m.id).not.toContain(fill);
	}
});

test("the chart's text is at least 12 px on a phone and 13 px on a laptop", async ({ page }, testInfo) => {
	const least = testInfo.project.name === 'phone' ? 12 : 13;
	await open(page, '/ru/');
	for (const m of [MILESTONES[0], MILESTONES[2], MILESTONES[MILESTONES.length - 1]]) {
		await reach(page, m.id, m.map);
		const sizes = await page.locator('figure').evaluate((figure) => {
			const read = (selector: string) =>
				[...figure.querySelectorAll<SVGTextElement>(selector)]
					.filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width > 0)
					.map((t) => ({ text: t.textContent!.trim(), size: parseFloat(getComputedStyle(t).fontSize) }));
			return { timeline: read('.timeline svg text'), map: read('.map .labels text') };
		});
		expect(sizes.timeline.length, m.id).toBeGreaterThan(3);
		expect(sizes.map.length, m.id).toBeGreaterThan(0);
		for (const t of sizes.timeline) expect(t.size, `${m.id}: timeline "${t.text}"`).toBeGreaterThanOrEqual(least);
		// The map's names: 12 px on a phone, growing in a wider frame.
		for (const t of sizes.map) expect(t.size, `${m.id}: map "${t.text}"`).toBeGreaterThanOrEqual(12);
	}
});
