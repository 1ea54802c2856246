// The timeline's word layout: row names beside their marks, the active row's name and date, undated chips.
import { describe, expect, it } from 'vitest';
import { calloutOver, flowChips, placeActiveLabel, placeRowLabel, textWidth } from '$lib/graphics/timeline/labels';

const W = 320;
const inPlot = (l: { x0: number; x1: number }) => l.x0 >= 0 && l.x1 <= W;

describe('textWidth', () => {
	it('grows with the text, the size and bold, and errs wide of Inter (about 0.55 em a letter)', () => {
		expect(textWidth('Memorandum', 11)).toBeGreaterThan(10 * 11 * 0.5);
		expect(textWidth('Memorandum', 12)).toBeGreaterThan(textWidth('Memorandum', 11));
		expect(textWidth('Memorandum', 11, true)).toBeGreaterThan(textWidth('Memorandum', 11));
		expect(textWidth('Меморандум', 11)).toBeGreaterThan(10 * 11 * 0.5);
	});
});

describe('placeRowLabel', () => {
	it('puts the name right of the mark, else left, else inside a long span, else over it, always in the plot', () => {
		expect(placeRowLabel({ x0: 20, x1: 20, shape: 'point' }, 80, W, 11)).toMatchObject({ placement: 'right', x0: 29 });
		expect(placeRowLabel({ x0: 290, x1: 310, shape: 'span' }, 80, W, 11)).toMatchObject({ placement: 'left', x1: 285 });
		const inside = placeRowLabel({ x0: -50, x1: 400, shape: 'bar' }, 100, W, 11);
		expect(inside).toMatchObject({ placement: 'inside', anchor: 'middle' });
		expect(inside.x).toBeCloseTo(160);
		const over = placeRowLabel({ x0: 140, x1: 180, shape: 'span' }, 200, W, 11);
		expect(over.placement).toBe('over');
		expect(inPlot(over)).toBe(true);
	});
	it('never leaves the plot, wherever the mark and however long the name', () => {
		for (let x = -40; x <= W + 40; x += 7) {
			for (const width of [10, 60, 150, 250, 319, 500]) {
				for (const shape of ['point', 'span', 'bar'] as const) {
					const l = placeRowLabel({ x0: x, x1: x + (shape === 'point' ? 0 : 30), shape }, width, W, 11);
					expect(inPlot(l), `${shape} at ${x}, ${width} px`).toBe(true);
					expect(l.x1 - l.x0).toBeLessThanOrEqual(Math.max(width, 0) + 1e-9);
				}
			}
		}
		expect(placeRowLabel({ x0: 0, x1: 10, shape: 'span' }, 640, W, 11).size).toBeCloseTo(5.5);
	});
});

describe('placeActiveLabel', () => {
	it('keeps name and date together when they fit beside the mark', () => {
		const parts = placeActiveLabel({ x0: 20, x1: 20, shape: 'point' }, { name: 60, date: 70, both: 140 }, W, 11);
		expect(parts).toHaveLength(1);
		expect(parts[0].placement).toBe('right');
	});
	it('splits them either side of a mark in the middle, clear of the mark and of each other', () => {
		const mark = { x0: 140, x1: 160, shape: 'span' as const };
		const parts = placeActiveLabel(mark, { name: 110, date: 60, both: 185 }, W, 11);
		expect(parts).toHaveLength(2);
		const [name, date] = parts;
		expect(parts.every(inPlot)).toBe(true);
		expect(name.x1 <= mark.x0 || name.x0 >= mark.x1).toBe(true);
		expect(date.x1 <= mark.x0 || date.x0 >= mark.x1).toBe(true);
		expect(name.x1 <= date.x0 || date.x1 <= name.x0).toBe(true);
	});
});

describe('flowChips', () => {
	it('sizes chips to their text and puts them side by side when they fit', () => {
		const { chips, height } = flowChips(['Founding documents', 'Early warning network'], 320, 11);
		expect(chips).toHaveLength(2);
		expect(chips[0].width).toBeLessThan(160);
		expect(chips[1].x).toBeGreaterThan(chips[0].x + chips[0].width);
		expect(chips[1].y).toBe(0);
		expect(height).toBe(chips[0].height);
	});
	it('starts a new line when the next chip would pass the edge, and wraps a text wider than the plot', () => {
		const long = 'Markaziy Osiyo uchun terrorizmga qarshi erta ogohlantirish tarmogʻi';
		const { chips, height } = flowChips(['Tayanch hujjatlar', long], 200, 11);
		expect(chips[1]).toMatchObject({ x: 0 });
		expect(chips[1].y).toBeGreaterThan(0);
		expect(chips[1].lines.length).toBeGreaterThan(1);
		expect(chips[1].lines.join(' ')).toBe(long);
		for (const c of chips) expect(c.x + c.width).toBeLessThanOrEqual(200);
		expect(height).toBe(chips[1].y + chips[1].height);
	});
});

describe('calloutOver (a date strip names the step’s mark above the rows)', () => {
	it('centres the name over its mark, and moves it in to stay inside the plot', () => {
		expect(calloutOver({ x0: 100, x1: 140 }, 60, 350, 12)).toMatchObject({ x0: 90, x1: 150, anchor: 'start' });
		// A mark at an edge (or a bar cut there): the name ends at the plot's edge, not beyond it.
		expect(calloutOver({ x0: 2, x1: 6 }, 80, 350, 12)).toMatchObject({ x0: 0, x1: 80 });
		expect(calloutOver({ x0: 340, x1: 420 }, 80, 350, 12)).toMatchObject({ x0: 270, x1: 350 });
	});
});
