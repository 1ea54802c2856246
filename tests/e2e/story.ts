// Helpers for the end-to-end tests: the milestones as the content loader
// reads them, and driving the built page to a step the way a reader does.
import { expect, type Locator, type Page } from '@playwright/test';
import { editionOf } from './content';
import { TRIGGER, WIDE_MIN_PX } from '../../src/lib/layout.js';

type View = string;

/** A step as the tests need it: its id, timeline view, map view, role and the parts told in it. */
export interface Milestone {
	id: string;
	view: View;
	map: string;
	role: 'event' | 'part' | 'recap';
	parts: string[];
}

/** The steps in story order (the same in every edition); the parts are told in them. */
export const MILESTONES: Milestone[] = editionOf('uz').steps.map(({ id, view, map, role, parts }) => ({
	id,
	view,
	map,
	role,
	parts
}));
/** What the graphic shows before the first step: the opening view, nothing highlighted. */
export const OPENING = editionOf('uz').opening;
export const FIRST = MILESTONES[0];
export const LAST = MILESTONES[MILESTONES.length - 1];
/** A detail step near the middle of the story. */
export const MIDDLE_DETAIL = (() => {
	const mid = (MILESTONES.length - 1) / 2;
	const details = MILESTONES.filter((m) => m.view === 'detail');
	return details.reduce((best, m) =>
		Math.abs(MILESTONES.indexOf(m) - mid) < Math.abs(MILESTONES.indexOf(best) - mid) ? m : best
	);
})();

/**
 * Opens the story and waits until the page has hydrated and Scrollama, which
 * the page imports once it runs, has set the steps up (Scrollama marks each
 * step it watches with data-scrollama-index).
 */
export async function openStory(page: Page) {
	await page.goto('/');
	await waitForScroller(page);
}

export async function waitForScroller(page: Page) {
	await page.waitForSelector('.steps [data-step][data-scrollama-index]', { state: 'attached' });
}

/**
 * Scrolls, at once (no smooth scrolling), so the step's vertical middle sits
 * `past` pixels below Scrollama's trigger line (src/lib/layout.js): the way
 * scripts/screenshots.mjs does it.
 */
export async function scrollToStep(page: Page, id: string, past = 10) {
	await page.locator(`[data-step="${id}"]`).evaluate(
		(el, { past, layout }) => {
			const r = el.getBoundingClientRect();
			const line =
				window.innerHeight * (window.innerWidth >= layout.WIDE_MIN_PX ? layout.TRIGGER.wide : layout.TRIGGER.narrow);
			window.scrollTo({ top: window.scrollY + r.top + r.height / 2 - line + past, behavior: 'instant' });
		},
		{ past, layout: { WIDE_MIN_PX, TRIGGER } }
	);
}

/**
 * The step the reader has reached, read from the page's geometry: the last
 * step whose top is above the trigger line (undefined above the first step).
 */
export async function stepReached(page: Page): Promise<string | undefined> {
	return page.evaluate(
		(layout) => {
			const line =
				window.innerHeight * (window.innerWidth >= layout.WIDE_MIN_PX ? layout.TRIGGER.wide : layout.TRIGGER.narrow);
			let id: string | undefined;
			for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) {
				if (el.getBoundingClientRect().top > line) break;
				id = el.dataset.step;
			}
			return id;
		},
		{ WIDE_MIN_PX, TRIGGER }
	);
}

/** Unfolds the milestone table if it is folded (on phones it is, until the reader opens it). */
export async function unfoldTable(page: Page) {
	const details = page.locator('.milestone-table details');
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	await expect(details).toHaveAttribute('open');
}

/** Waits until the sticky graphic shows the given step. */
export async function waitForActive(page: Page, id: string) {
	await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', id);
}

/** What the page says about the active step, read in one go. */
async function readState(page: Page) {
	return page.evaluate(() => {
		const figure = document.querySelector('figure[data-active-step]');
		const timeline = figure?.querySelector('[data-timeline-view]');
		return {
			active: Array.from(document.querySelectorAll('.steps [data-step][data-active="true"]')).map((e) =>
				e.getAttribute('data-step')
			),
			activeStep: figure?.getAttribute('data-active-step') ?? null,
			counter: figure?.querySelector('[data-step-counter]')?.textContent?.trim() ?? null,
			view: figure?.getAttribute('data-view') ?? null,
			timelineView: timeline?.getAttribute('data-timeline-view') ?? null,
			/** A phone's date strip (a step about a place): the undated lane is not drawn. */
			compact: timeline?.classList.contains('compact') ?? false,
			marks: Array.from(figure?.querySelectorAll('[data-mark]') ?? []).map((m) => ({
				id: m.getAttribute('data-mark'),
				on: m.classList.contains('on')
			}))
		};
	});
}

/** Checks every part of the page contract for one step. */
export async function expectStepState(page: Page, m: Milestone) {
	await waitForActive(page, m.id);
	const state = await readState(page);
	expect(state.active, 'exactly this step is data-active="true"').toEqual([m.id]);
	expect(state.activeStep, 'figure data-active-step').toBe(m.id);
	const position = MILESTONES.findIndex((x) => x.id === m.id) + 1;
	// In the page's language ("3-bosqich, jami 10", "3 из 10"): its numbers are the step's and the count.
	expect(state.counter?.match(/\d+/g), 'the step counter says where the reader is').toEqual([
		String(position),
		String(MILESTONES.length)
	]);
	expect(state.view, 'figure data-view').toBe(m.view);
	expect(state.timelineView, 'timeline data-timeline-view').toBe(m.view);
	expect(state.marks.length, 'the timeline has marks').toBeGreaterThan(0);
	const on = state.marks.filter((x) => x.on).map((x) => x.id);
	if (m.role === 'recap') {
		expect(on.sort(), 'recap step: every mark is highlighted').toEqual(state.marks.map((x) => x.id).sort());
	} else if (m.role === 'event') {
		// Every event is drawn: dated ones as marks, undated ones in the lane.
		expect(
			state.marks.map((x) => x.id),
			'the step has a mark'
		).toContain(m.id);
		// A date strip draws the dated marks only: a part without a date is told by the card there.
		const drawn = new Set(state.marks.map((x) => x.id));
		const expected = [m.id, ...m.parts].filter((id) => !state.compact || drawn.has(id));
		expect(on.sort(), 'only the step’s own mark, and its parts’, are highlighted').toEqual(expected.sort());
	}
	return state;
}

/** Checks the opening: no step active, the opening view, nothing highlighted, the count of steps. */
export async function expectOpening(page: Page) {
	await waitForActive(page, '');
	const state = await readState(page);
	expect(state.active, 'no step is data-active="true"').toEqual([]);
	expect(state.view, 'the opening view').toBe(OPENING.view);
	expect(state.marks.length, 'the timeline has marks').toBeGreaterThan(0);
	expect(
		state.marks.filter((x) => x.on),
		'nothing highlighted before the first card'
	).toEqual([]);
	expect(state.counter?.match(/\d+/g), 'the counter says how many steps there are').toEqual([
		String(MILESTONES.length)
	]);
	return state;
}

/**
 * A screenshot of the element once what it draws has settled: taken again
 * until two in a row are the same (a canvas repaints after the view changes).
 */
export async function stableScreenshot(locator: Locator): Promise<Buffer> {
	let shot = await locator.screenshot();
	await expect
		.poll(
			async () => {
				const next = await locator.screenshot();
				const same = next.equals(shot);
				shot = next;
				return same;
			},
			{ message: 'two screenshots in a row are the same', intervals: [50] }
		)
		.toBe(true);
	return shot;
}

/**
 * The share of a screenshot's pixels within `tolerance` of a colour (#rrggbb), decoded in the page:
 * what a reader sees, whoever painted it (the map's ground is painted in a worker, whose canvas the
 * page cannot read).
 */
export async function colourShare(page: Page, png: Buffer, colour: string, tolerance = 6): Promise<number> {
	return page.evaluate(
		async ({ base64, colour, tolerance }) => {
			// From bytes, not a data: address (the page's policy allows no image from one).
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(img.width, img.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const data = ctx.getImageData(0, 0, img.width, img.height).data;
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
			let n = 0;
			for (let i = 0; i < data.length; i += 4)
				if (Math.max(Math.abs(data[i] - r), Math.abs(data[i + 1] - g), Math.abs(data[i + 2] - b)) <= tolerance) n++;
			return n / (data.length / 4);
		},
		{ base64: png.toString('base64'), colour, tolerance }
	);
}

/**
 * Waits until the browser has laid out and rendered the page as it is now and
 * delivered the IntersectionObserver notifications of that frame, so Scrollama
 * (whose observers were created earlier and are notified first) has seen it.
 */
export async function afterIntersections(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const io = new IntersectionObserver(() => {
					io.disconnect();
					// Let the step handlers' state changes reach the DOM.
					requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
				});
				io.observe(document.body);
			})
	);
}

/**
 * Waits until nothing moves: the scroll position and the graphic's marks, axis
 * labels and map view stay the same for `frames` frames in a row and no CSS
 * transition runs (tweens and smooth scrolls have finished).
 */
export async function waitForStill(page: Page, frames = 5) {
	const still = await page.evaluate(
		(frames) =>
			new Promise<boolean>((resolve) => {
				const read = () => {
					const figure = document.querySelector('figure[data-active-step]');
					return JSON.stringify([
						window.scrollY,
						Array.from(figure?.querySelectorAll('[data-mark] circle, [data-mark] rect') ?? []).map(
							(m) => m.getAttribute('cx') ?? m.getAttribute('x')
						),
						Array.from(figure?.querySelectorAll('.axis text') ?? []).map((t) => t.textContent),
						figure?.querySelector('[data-map-view]')?.getAttribute('data-map-view')
					]);
				};
				const moving = () => document.getAnimations().some((a) => a.playState === 'running');
				let last = read();
				let same = 0;
				const start = performance.now();
				const frame = () => {
					const now = read();
					same = now === last && !moving() ? same + 1 : 0;
					last = now;
					if (same >= frames) resolve(true);
					else if (performance.now() - start > 5000) resolve(false);
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			}),
		frames
	);
	expect(still, 'the page came to rest within 5 s').toBe(true);
}
