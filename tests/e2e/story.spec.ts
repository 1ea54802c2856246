// The built story in a real browser, at the phone and laptop viewports of
// playwright.config.ts: the scroll-driven state, reloads and jumps, the page
// without JavaScript, reduced motion, accessibility, requests, errors and
// layout shift. Steps and views come from content/milestones.aml.
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import {
	FIRST,
	LAST,
	MIDDLE_DETAIL,
	MILESTONES,
	expectStepState,
	openStory,
	scrollToStep,
	stepReached,
	waitForActive,
	waitForScroller
} from './story';

/** Scrolls through every step in order, checking the state at each one. */
async function scrollThrough(page: Page) {
	for (const m of MILESTONES) {
		await scrollToStep(page, m.id);
		await expectStepState(page, m);
	}
	// And on to the end of the page, past the notes and credits.
	await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
	await page.waitForTimeout(300);
}

test.describe('scrolling drives the graphic', () => {
	test('step by step, each step is the only active one and sets the graphic', async ({ page }) => {
		await openStory(page);
		for (const m of MILESTONES) {
			await test.step(m.id, async () => {
				await scrollToStep(page, m.id);
				await expectStepState(page, m);
			});
		}
	});

	test('jumping from the top straight to the last step shows the last step', async ({ page }) => {
		await openStory(page);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await scrollToStep(page, LAST.id);
		await expectStepState(page, LAST);
	});

	test('a reload in the middle of the story shows the step in view', async ({ page }) => {
		await openStory(page);
		await scrollToStep(page, MIDDLE_DETAIL.id);
		await expectStepState(page, MIDDLE_DETAIL);
		await page.reload();
		await waitForScroller(page);
		// The restored position can move a little when the reload lays text out
		// with the (now cached) web fonts: the graphic must show the step the
		// reader is at, which is this one or its neighbour.
		const reached = await stepReached(page);
		const index = MILESTONES.findIndex((m) => m.id === MIDDLE_DETAIL.id);
		expect(
			MILESTONES.slice(index - 1, index + 2).map((m) => m.id),
			'reopened near the step'
		).toContain(reached);
		await expectStepState(
			page,
			MILESTONES.find((m) => m.id === reached)!
		);
	});

	test('a reload with the trigger line between two steps shows the step reached', async ({ page }) => {
		await openStory(page);
		await scrollToStep(page, MIDDLE_DETAIL.id);
		await expectStepState(page, MIDDLE_DETAIL);
		// Put the trigger line in the gap below the step, where no step crosses it.
		await page.locator(`[data-step="${MIDDLE_DETAIL.id}"]`).evaluate((el) => {
			const r = el.getBoundingClientRect();
			const line = window.innerHeight * (window.innerWidth >= 960 ? 0.6 : 0.7);
			window.scrollTo({ top: window.scrollY + r.bottom - line + 60, behavior: 'instant' });
		});
		await page.reload();
		await waitForScroller(page);
		const reached = await stepReached(page);
		expect(reached, 'the page reopened inside the story').toBeTruthy();
		await waitForActive(page, reached!);
	});

	test('a resize of the height only keeps the active step', async ({ page }) => {
		await openStory(page);
		await scrollToStep(page, MIDDLE_DETAIL.id);
		await expectStepState(page, MIDDLE_DETAIL);
		const size = page.viewportSize()!;
		// As when a phone's address bar shows or hides.
		await page.setViewportSize({ width: size.width, height: size.height - 112 });
		await page.waitForTimeout(500);
		await expectStepState(page, MIDDLE_DETAIL);
		await page.setViewportSize(size);
		await page.waitForTimeout(500);
		await expectStepState(page, MIDDLE_DETAIL);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step reads, and the figure holds the overview timeline', async ({ page }) => {
		await page.goto('/');
		const steps = page.locator('.steps [data-step]');
		await expect(steps).toHaveCount(MILESTONES.length);
		expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(
			MILESTONES.map((m) => m.id)
		);
		const titles = page.locator('[data-step] h3');
		await expect(titles).toHaveCount(MILESTONES.length);
		for (const m of MILESTONES) {
			const step = page.locator(`[data-step="${m.id}"]`);
			const title = step.locator('h3');
			await expect(title, `${m.id}: title`).toBeVisible();
			expect((await title.textContent())?.trim(), `${m.id}: title text`).toBeTruthy();
			const paragraphs = step.locator('p');
			expect(await paragraphs.count(), `${m.id}: body text`).toBeGreaterThan(0);
			for (const p of await paragraphs.all()) {
				await expect(p, `${m.id}: paragraph`).toBeVisible();
				expect((await p.textContent())?.trim(), `${m.id}: paragraph text`).toBeTruthy();
			}
			const opacity = await step.evaluate((el) => {
				let o = 1;
				for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
				return o;
			});
			expect(opacity, `${m.id}: not faded out`).toBeGreaterThan(0.5);
		}
		const figure = page.locator('figure[data-active-step]');
		await expect(figure).toHaveAttribute('data-view', 'overview');
		await expect(figure).toHaveAttribute('data-active-step', FIRST.id);
		await expect(figure.locator('[data-timeline-view]')).toHaveAttribute('data-timeline-view', 'overview');
		await expect(figure.locator('svg').first()).toBeVisible();
		expect(await figure.locator('svg [data-mark]').count(), 'the prerendered svg draws the marks').toBeGreaterThan(0);
	});
});

/** The first change of step from an overview step to a detail step. */
const TO_DETAIL = (() => {
	const i = MILESTONES.findIndex((m, i) => i > 0 && m.view === 'detail' && MILESTONES[i - 1].view === 'overview');
	if (i < 0) throw new Error('content: no step goes from overview to detail');
	return { from: MILESTONES[i - 1], to: MILESTONES[i] };
})();

/**
 * Moves from an overview step to the next (detail) step and samples the axis
 * labels and the x of the step's mark: on the frame the view changes, 50ms
 * later, and once settled.
 */
async function sampleViewChange(page: Page) {
	await openStory(page);
	await scrollToStep(page, TO_DETAIL.from.id);
	await expectStepState(page, TO_DETAIL.from);
	await page.waitForTimeout(900);
	return page.evaluate(async (id) => {
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
		const figure = document.querySelector('figure[data-active-step]')!;
		const read = () => {
			const shape = figure.querySelector(`[data-mark="${id}"] circle, [data-mark="${id}"] rect`);
			return {
				x: shape?.getAttribute('cx') ?? shape?.getAttribute('x') ?? null,
				labels: Array.from(figure.querySelectorAll('.axis text')).map((t) => t.textContent?.trim() ?? '')
			};
		};
		const step = document.querySelector(`[data-step="${id}"]`)!;
		const r = step.getBoundingClientRect();
		const line = window.innerHeight * (window.innerWidth >= 960 ? 0.6 : 0.7);
		const start = performance.now();
		window.scrollTo({ top: window.scrollY + r.top + r.height / 2 - line + 10, behavior: 'instant' });
		while (figure.getAttribute('data-view') !== 'detail') {
			if (performance.now() - start > 5000) throw new Error(`${id} did not switch the view to detail`);
			await frame();
		}
		await frame();
		const atSwitch = read();
		await wait(50);
		const after50ms = read();
		await wait(1200);
		const settled = read();
		return { atSwitch, after50ms, settled };
	}, TO_DETAIL.to.id);
}

const isYear = (s: string) => /^\d{4}$/.test(s);

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the axis changes view at once', async ({ page }) => {
		const s = await sampleViewChange(page);
		expect(s.settled.x, 'the step has a dated mark').not.toBeNull();
		expect(
			s.settled.labels.some((l) => l && !isYear(l)),
			'detail view shows month names'
		).toBe(true);
		expect(s.atSwitch.labels, 'month labels are there right after the switch').toEqual(s.settled.labels);
		expect(s.atSwitch.x, 'mark x right after the switch is final').toBe(s.settled.x);
		expect(s.after50ms.x, 'mark x 50ms later is the same').toBe(s.atSwitch.x);
	});
});

test.describe('full motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the axis animates between views', async ({ page }) => {
		const s = await sampleViewChange(page);
		expect(
			s.settled.labels.some((l) => l && !isYear(l)),
			'detail view shows month names'
		).toBe(true);
		expect(s.after50ms.x, 'mark x moves during the animation').not.toBe(s.atSwitch.x);
		expect(s.atSwitch.x, 'mark x right after the switch is not yet final').not.toBe(s.settled.x);
	});
});

test('axe finds no violations at the first, a middle and the last step', async ({ page }) => {
	await openStory(page);
	await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
	for (const m of [FIRST, MIDDLE_DETAIL, LAST]) {
		await test.step(m.id, async () => {
			await scrollToStep(page, m.id);
			await expectStepState(page, m);
			// Let the axis and colour transitions finish before colours are checked.
			await page.waitForTimeout(900);
			const results = await page.evaluate(() =>
				(window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(
					document,
					{ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
				)
			);
			const report = results.violations
				.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.help}\n` +
						v.nodes
							.map((n) => `  ${JSON.stringify(n.target)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`)
							.join('\n')
				)
				.join('\n');
			expect
				.soft(
					results.violations.map((v) => v.id),
					`axe violations at ${m.id}:\n${report}`
				)
				.toEqual([]);
		});
	}
});

test.describe('a full scroll through', () => {
	test('requests nothing from another host', async ({ page, baseURL }) => {
		const urls: string[] = [];
		page.on('request', (req) => urls.push(req.url()));
		await openStory(page);
		await scrollThrough(page);
		expect(urls.length).toBeGreaterThan(0);
		const foreign = urls.filter((u) => new URL(u).origin !== new URL(baseURL!).origin);
		expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
	});

	test('logs no console errors and throws no page errors', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
		});
		page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
		await openStory(page);
		await scrollThrough(page);
		expect(errors, errors.join('\n')).toEqual([]);
	});
});

test('the page barely shifts while it loads', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number; __shifts: string[] };
		w.__cls = 0;
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node | null }[];
			})[]) {
				if (e.hadRecentInput) continue;
				w.__cls += e.value;
				const nodes = (e.sources ?? []).map((s) => {
					const n = s.node;
					return n instanceof Element
						? `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}.${[...n.classList].join('.')}`
						: String(n?.nodeName);
				});
				w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)}ms: ${nodes.join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/', { waitUntil: 'load' });
	await page.waitForTimeout(500);
	const { cls, shifts } = await page.evaluate(() => {
		const w = window as unknown as { __cls: number; __shifts: string[] };
		return { cls: w.__cls, shifts: w.__shifts };
	});
	expect(cls, `cumulative layout shift ${cls.toFixed(4)}:\n${shifts.join('\n')}`).toBeLessThan(0.05);
});
