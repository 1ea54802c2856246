// The timeline's names as the browser draws them, with its real fonts (issue #11): at each width
// (phone and laptop projects) and in each written edition, every dated row is named, no name leaves
// the plot or overlaps another, and every undated chip holds its text.
import { expect, test, type Locator } from '@playwright/test';

const EDITIONS = ['/', '/ru/', '/en/'];
const STEPS = ['memorandum', 'visit-roadmap', 'national-strategy', 'december-briefing', 'closing'];

/** What is wrong with the names in a timeline's svg: a row without a name, a name out of the plot, two overlapping, a chip too narrow. */
function labelProblems(svg: Locator) {
	return svg.evaluate((svg: SVGSVGElement) => {
		const plot = svg.viewBox.baseVal.width;
		const rows = [...svg.querySelectorAll('.marks [data-mark]')].map((m) => m.getAttribute('data-mark')!);
		const boxes = [...svg.querySelectorAll<SVGTextElement>('text.row-label')].map((t) => {
			const b = t.getBBox();
			return {
				id: t.dataset.label!,
				text: t.textContent!,
				x0: b.x,
				x1: b.x + b.width,
				y0: b.y,
				y1: b.y + b.height
			};
		});
		const problems: string[] = [];
		// A date strip (a phone's step about a place) names one row: the step's own, above the rows.
		if (svg.closest('.timeline.compact')) {
			const named = new Set(boxes.map((b) => b.id));
			if (named.size !== 1) problems.push(`a date strip names ${[...named].join(', ') || 'nothing'}`);
		} else for (const id of rows) if (!boxes.some((b) => b.id === id && b.text.trim())) problems.push(`${id}: no name`);
		for (const b of boxes) {
			if (b.x0 < -0.5 || b.x1 > plot + 0.5)
				problems.push(`${b.id} "${b.text}" leaves the plot: ${b.x0.toFixed(1)}–${b.x1.toFixed(1)} of ${plot}`);
		}
		// Glyph boxes include the line's ascent and descent: allow them to touch by a pixel.
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
					problems.push(`${a.id} overlaps ${b.id}`);
			}
		}
		for (const chip of svg.querySelectorAll<SVGGElement>('.chip')) {
			const rect = chip.querySelector('rect')!.getBBox();
			const text = chip.querySelector('text')!.getBBox();
			if (text.x < rect.x || text.x + text.width > rect.x + rect.width)
				problems.push(`chip ${chip.dataset.mark}: text wider than its chip`);
		}
		return problems;
	});
}

for (const path of EDITIONS) {
	test(`every timeline row is named, inside the plot, without overlaps (${path})`, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const step of STEPS) {
			await page.goto(`${path}#${step}`);
			await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', step);
			await page.evaluate(() => document.fonts.ready);
			await expect
				.poll(() => labelProblems(page.locator('figure[data-active-step] .timeline svg')), `${path}#${step}`)
				.toEqual([]);
		}
	});
}

test.describe('a font wider than the estimate (a reader whose fallback font is wide)', () => {
	// The page's CSP allows only its own styles; this test adds one.
	test.use({ bypassCSP: true });

	test('every name is placed by its drawn width, inside the plot', async ({ page }) => {
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const style = document.createElement('style');
				style.textContent = '.timeline text { letter-spacing: 0.2em; }';
				document.head.append(style);
			});
		});
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// A step about time (the recap): the full chart, with all its names, on a phone too.
		await page.goto('/ru/#closing');
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'closing');
		const timeline = page.locator('figure[data-active-step] .timeline').first();
		// The measure finds the drawn text wider than estimated…
		await expect.poll(async () => Number(await timeline.getAttribute('data-widen'))).toBeGreaterThan(1.1);
		// …and the names move to hold it.
		await expect.poll(() => labelProblems(timeline.locator('svg'))).toEqual([]);
	});
});
