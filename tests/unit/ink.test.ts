// The colours written out for the build-time pictures (INK) are the page's
// (src/app.css), and the timeline's marks stand out from the paper as WCAG
// 1.4.11 asks of a graphic's parts (3:1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INK } from '$lib/graphics/ink';

const css = readFileSync('src/app.css', 'utf8');
const variable = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('INK', () => {
	const names: Record<keyof typeof INK, string> = {
		paper: 'paper',
		ink: 'ink',
		muted: 'ink-muted',
		rule: 'rule',
		grid: 'grid',
		mark: 'mark',
		accent: 'accent',
		accentInk: 'accent-ink'
	};
	for (const [key, name] of Object.entries(names))
		it(`${key} is the page's --${name}`, () => {
			expect(INK[key as keyof typeof INK].toLowerCase()).toBe(variable(name)?.toLowerCase());
		});

	it('draws marks and the accent at 3:1 or more against the paper', () => {
		expect(contrast(INK.mark, INK.paper)).toBeGreaterThanOrEqual(3);
		expect(contrast(INK.accent, INK.paper)).toBeGreaterThanOrEqual(3);
		expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
	});
});
