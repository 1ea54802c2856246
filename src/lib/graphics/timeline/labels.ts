/**
 * Where the timeline's words go, without a screen: a width estimate for text
 * in the graphics' sans, the side of its mark each row's name goes on, and
 * the undated chips flowed into lines. The server render and the browser use
 * the same numbers, so the prerendered page looks as the live one does.
 * Usage: placeRowLabel({ x0, x1, shape }, textWidth('Memorandum', 11, true), plotWidth);
 *        flowChips(['Founding documents', …], plotWidth, 11);
 */
import type { MarkShape } from './layout';

/**
 * Rough advance of each character in em, erring wide: it covers Inter and the
 * fallback a reader sees before the web font (fonts are font-display: optional),
 * e.g. DejaVu Sans, about 10 % wider than Inter.
 */
function charEm(c: string): number {
	if (/[\s.,:;'’ʻʼ|!ilj]/.test(c)) return 0.3;
	if (/[ftr()«»“”"-]/.test(c)) return 0.4;
	if (/[mwMWЖШЩЮФЫмшщжюфы—]/.test(c)) return 0.95;
	if (/[A-ZА-ЯЁ0-9]/.test(c)) return 0.72;
	return 0.62;
}

/** Estimated width in px of `text` at `size` px, bold or not (a little wider than Inter draws it). */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const c of text) em += charEm(c);
	return em * size * (bold ? 1.1 : 1);
}

/** Where a row's name sits: beside its mark (right, else left), inside a long enough span, or over it with a halo. */
type LabelPlacement = 'right' | 'left' | 'inside' | 'over';

export interface PlacedLabel {
	placement: LabelPlacement;
	/** The text's anchor x. */
	x: number;
	anchor: 'start' | 'middle' | 'end';
	/** Left and right edge of the text, for overlap checks. */
	x0: number;
	x1: number;
	/** Font size in px (below the asked size only when the text is wider than the plot). */
	size: number;
}

/** Space between a mark and its name, in px. */
const GAP = { point: 9, span: 5, bar: 5 } as const;
/** Padding inside a span that holds its name. */
const INSET = 6;

/**
 * Places a row's name in a plot `plotWidth` wide, never outside it: right of
 * the mark if it fits, else left of it, else inside the (visible part of the)
 * mark, else over the mark on the side with more room, shifted to stay in
 * the plot. A name wider than the plot is set smaller until it fits.
 */
export function placeRowLabel(
	mark: { x0: number; x1: number; shape: MarkShape },
	width: number,
	plotWidth: number,
	size: number
): PlacedLabel {
	if (width > plotWidth) {
		const scaled = (size * plotWidth) / width;
		return { placement: 'over', x: 0, anchor: 'start', x0: 0, x1: plotWidth, size: scaled };
	}
	// The visible part of the mark (one off the plot, mid-zoom, counts as at its edge).
	const clamp = (x: number) => Math.max(0, Math.min(plotWidth, x));
	const x0 = clamp(mark.x0);
	const x1 = clamp(mark.x1);
	const gap = GAP[mark.shape];
	if (x1 + gap + width <= plotWidth)
		return { placement: 'right', x: x1 + gap, anchor: 'start', x0: x1 + gap, x1: x1 + gap + width, size };
	if (x0 - gap - width >= 0)
		return { placement: 'left', x: x0 - gap, anchor: 'end', x0: x0 - gap - width, x1: x0 - gap, size };
	if (mark.shape !== 'point' && x1 - x0 >= width + 2 * INSET) {
		const mid = (x0 + x1) / 2;
		return { placement: 'inside', x: mid, anchor: 'middle', x0: mid - width / 2, x1: mid + width / 2, size };
	}
	// Over the mark, from the side with more room, kept inside the plot.
	const start = plotWidth - x1 >= x0 ? Math.min(x1 + gap, plotWidth - width) : Math.max(0, x0 - gap - width);
	return { placement: 'over', x: start, anchor: 'start', x0: start, x1: start + width, size };
}

/**
 * The active row's words: its name and date together where placeRowLabel finds
 * them room beside or inside the mark; else the name on one side of the mark and
 * the date on the other, if each fits; else both together over the mark.
 * Returns one placed text (name and date) or two (name, then date).
 */
export function placeActiveLabel(
	mark: { x0: number; x1: number; shape: MarkShape },
	widths: { name: number; date: number; both: number },
	plotWidth: number,
	size: number
): PlacedLabel[] {
	const together = placeRowLabel(mark, widths.both, plotWidth, size);
	if (together.placement !== 'over') return [together];
	const name = placeRowLabel(mark, widths.name, plotWidth, size);
	const date = placeRowLabel(mark, widths.date, plotWidth, size);
	const left = (w: number) => placeRowLabel({ ...mark, x1: plotWidth }, w, plotWidth, size);
	const right = (w: number) => placeRowLabel({ ...mark, x0: 0 }, w, plotWidth, size);
	// The name where it fits best, the date on the other side.
	for (const [n, d] of [
		[left(widths.name), right(widths.date)],
		[right(widths.name), left(widths.date)]
	]) {
		if (n.placement === 'left' && d.placement === 'right') return [n, d];
		if (n.placement === 'right' && d.placement === 'left') return [n, d];
	}
	return name.placement !== 'over' && date.placement !== 'over' && (name.x1 <= date.x0 || date.x1 <= name.x0)
		? [name, date]
		: [together];
}

/**
 * A date strip's callout: a name of `width` px centred over its mark, moved in to stay inside the
 * plot (placement 'over': it stands above the rows, not beside a mark).
 */
export function calloutOver(
	mark: { x0: number; x1: number },
	width: number,
	plotWidth: number,
	size: number
): PlacedLabel {
	const centre = (Math.max(0, mark.x0) + Math.min(plotWidth, mark.x1)) / 2;
	const x0 = Math.max(0, Math.min(plotWidth - width, centre - width / 2));
	return { placement: 'over', x: x0, anchor: 'start', x0, x1: x0 + width, size };
}

/** One undated chip, placed: its box and its text's lines. */
export interface FlowedChip {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
}

/** Chip geometry in px: inner padding, one line's height, gaps between chips. */
export const CHIP = { padX: 7, padY: 4, line: 15, gap: 6 } as const;

/** Words into lines no wider than `max` (a word longer than that gets a line of its own). */
function wrap(text: string, max: number, size: number, widen: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) * widen > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Chips sized to their text, left to right, onto a new line when the next one
 * would pass `plotWidth`; a text wider than the plot wraps inside its chip.
 * `widen` (≥ 1) scales the width estimates when the drawn font is wider (see DrawnWidth).
 * Returns the chips (positions relative to the flow's top left) and the height used.
 */
export function flowChips(
	labels: string[],
	plotWidth: number,
	size: number,
	widen = 1
): { chips: FlowedChip[]; height: number } {
	const chips: FlowedChip[] = [];
	const maxText = Math.max(size, plotWidth - 2 * CHIP.padX);
	let [x, y, lineHeight] = [0, 0, 0];
	for (const label of labels) {
		const lines = wrap(label, maxText, size, widen);
		const width = Math.min(plotWidth, Math.max(...lines.map((l) => textWidth(l, size) * widen)) + 2 * CHIP.padX);
		const height = lines.length * CHIP.line + 2 * CHIP.padY;
		if (x > 0 && x + width > plotWidth) {
			[x, y] = [0, y + lineHeight + CHIP.gap];
			lineHeight = 0;
		}
		chips.push({ x, y, width, height, lines });
		x += width + CHIP.gap;
		lineHeight = Math.max(lineHeight, height);
	}
	return { chips, height: chips.length ? y + lineHeight : 0 };
}
