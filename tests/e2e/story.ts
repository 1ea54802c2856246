// Helpers for the end-to-end tests: the milestones as content/milestones.aml
// lists them, and driving the built page to a step the way a reader does.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export type View = 'overview' | 'detail';

export interface Milestone {
	id: string;
	view: View;
	role: string;
}

/**
 * The milestones in story order, read simply from the `[milestones]` block of
 * content/milestones.aml (its `id:`, `view:` and `role:` lines), so the tests
 * follow the content rather than a copy of it.
 */
export function readMilestones(path = 'content/milestones.aml'): Milestone[] {
	const text = readFileSync(path, 'utf8');
	const list: Milestone[] = [];
	let inside = false;
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (/^\[milestones\]$/i.test(line)) {
			inside = true;
			continue;
		}
		if (!inside) continue;
		if (/^\[.*\]$/.test(line)) break;
		const m = /^(id|view|role)\s*:\s*(.*)$/.exec(line);
		if (!m) continue;
		const [, key, value] = m;
		if (key === 'id') list.push({ id: value, view: 'overview', role: 'event' });
		else if (key === 'view') list[list.length - 1].view = value as View;
		else list[list.length - 1].role = value;
	}
	if (!list.length) throw new Error(`no milestones found in ${path}`);
	return list;
}

export const MILESTONES = readMilestones();
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
 * `past` pixels below Scrollama's trigger line (0.6 of the viewport's height
 * from 960px wide, else 0.7): the way scripts/screenshots.mjs does it.
 */
export async function scrollToStep(page: Page, id: string, past = 10) {
	await page.locator(`[data-step="${id}"]`).evaluate((el, past) => {
		const r = el.getBoundingClientRect();
		const line = window.innerHeight * (window.innerWidth >= 960 ? 0.6 : 0.7);
		window.scrollTo({ top: window.scrollY + r.top + r.height / 2 - line + past, behavior: 'instant' });
	}, past);
}

/**
 * The step the reader has reached, read from the page's geometry: the last
 * step whose top is above the trigger line (undefined above the first step).
 */
export async function stepReached(page: Page): Promise<string | undefined> {
	return page.evaluate(() => {
		const line = window.innerHeight * (window.innerWidth >= 960 ? 0.6 : 0.7);
		let id: string | undefined;
		for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) {
			if (el.getBoundingClientRect().top > line) break;
			id = el.dataset.step;
		}
		return id;
	});
}

/** Waits until the sticky graphic shows the given step. */
export async function waitForActive(page: Page, id: string) {
	await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', id);
}

/** What the page says about the active step, read in one go. */
export async function readState(page: Page) {
	return page.evaluate(() => {
		const figure = document.querySelector('figure[data-active-step]');
		const timeline = figure?.querySelector('[data-timeline-view]');
		return {
			active: Array.from(document.querySelectorAll('.steps [data-step][data-active="true"]')).map((e) =>
				e.getAttribute('data-step')
			),
			activeStep: figure?.getAttribute('data-active-step') ?? null,
			view: figure?.getAttribute('data-view') ?? null,
			timelineView: timeline?.getAttribute('data-timeline-view') ?? null,
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
		expect(on, 'only the step’s own mark is highlighted').toEqual([m.id]);
	}
	return state;
}
