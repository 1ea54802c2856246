// The cards' line breaking (src/lib/server/cards/text.ts) on typeset text: lines break
// only at ordinary spaces, so "2024 год" and "2024‑yil" stay together (O-C).
import { describe, expect, it } from 'vitest';
import { drawn, fitLines, svgRuns, wrapLines } from '$lib/server/cards/text';
import { typeset } from '$lib/i18n/typeset';

const NBSP = '\u00a0';
const NBHY = '\u2011';
/** Ten units a character, as in cards.test.ts. */
const width = (t: string) => [...t].length * 10;

describe('wrapLines breaks only at ordinary spaces', () => {
	it('keeps a no-break space (U+00A0, U+202F, U+2007) inside a line', () => {
		// Split at every space, "2024" would fit on the first line and "год" or "г." go alone on the next.
		expect(wrapLines(`«Дунё», 2024${NBSP}год`, 120, width)).toEqual(['«Дунё»,', `2024${NBSP}год`]);
		expect(wrapLines(`Опубликовано 24${NBSP}ноября 2026${NBSP}г.`, 270, width)).toEqual([
			`Опубликовано 24${NBSP}ноября`,
			`2026${NBSP}г.`
		]);
		expect(wrapLines(`aa 10\u202f000 bb`, 50, width)).toEqual(['aa', '10\u202f000', 'bb']);
		expect(wrapLines(`aa 1\u2007234 bb`, 50, width)).toEqual(['aa', '1\u2007234', 'bb']);
	});

	it('still breaks at spaces, tabs and line breaks, and drops them at the edges', () => {
		expect(wrapLines('  one\ttwo\nthree  ', 70, width)).toEqual(['one two', 'three']);
		expect(wrapLines('', 70, width)).toEqual([]);
	});

	it('keeps a non-breaking hyphen inside a word, and writes it as a hyphen', () => {
		expect(wrapLines(`2023${NBHY}yil 5${NBHY}dekabr`, 100, width)).toEqual(['2023-yil', '5-dekabr']);
		expect(wrapLines(`BMTning Nyu${NBHY}Yorkdagi`, 100, width)).toEqual(['BMTning', 'Nyu-Yorkdagi']);
	});

	it('measures a non-breaking hyphen as the hyphen it is drawn as', () => {
		const measured: string[] = [];
		wrapLines(`a${NBHY}b c`, 100, (t) => (measured.push(t), width(t)));
		expect(measured.join('')).not.toContain(NBHY);
	});

	it('wraps the typeset text of the audit’s card (O-C) with “2024 год” on one line', () => {
		const credit = typeset('Интервью: информационное агентство «Дунё», 2024 год', 'ru');
		for (const max of [150, 200, 300, 400, 500]) {
			const lines = wrapLines(credit, max, width);
			expect(
				lines.some((l) => l.endsWith(`2024${NBSP}год`)),
				`${max}: ${lines.join(' | ')}`
			).toBe(true);
		}
	});
});

describe('fitLines cuts whole words, a no-break join being one', () => {
	const sized = (t: string, s: number) => [...t].length * s;
	it('cuts before “2024 год”, not inside it', () => {
		// "aa 2024 год" fits the width, but not with the ellipsis: the cut takes the whole join.
		expect(fitLines(`aa 2024${NBSP}год bb`, 110, 1, [10], sized).lines).toEqual(['aa…']);
		expect(fitLines(`aa bb 2024${NBSP}год`, 90, 1, [10], sized).lines).toEqual(['aa bb…']);
	});
	it('takes a smaller size when one word alone is wider than the line', () => {
		// Two lines hold it at 10 units a character, but "cybersecurity" (13) overflows 120: size 8 fits.
		expect(fitLines('two programmes: cybersecurity', 120, 3, [10, 8], sized)).toEqual({
			size: 8,
			lines: ['two programmes:', 'cybersecurity']
		});
	});
	it('ends even when a line holds only one joined word', () => {
		expect(fitLines(`2024${NBSP}год x`, 30, 1, [10], sized).lines).toEqual([`2024${NBSP}год…`]);
	});
});

describe('svgRuns draws U+2011 as a hyphen (the card fonts have no glyph for it)', () => {
	it('writes a hyphen and keeps a no-break space in its run', () => {
		const family = (c: string) => (/[а-яё]/.test(c) ? 'C' : 'L');
		expect(svgRuns(`24${NBHY}ноябрь`, family)).toBe(
			'<tspan font-family="L">24-</tspan><tspan font-family="C">ноябрь</tspan>'
		);
		expect(svgRuns(`2024${NBSP}год`, family)).toBe(
			`<tspan font-family="L">2024${NBSP}</tspan><tspan font-family="C">год</tspan>`
		);
		expect(drawn(`Nyu${NBHY}York${NBSP}x`)).toBe(`Nyu-York${NBSP}x`);
	});
});
