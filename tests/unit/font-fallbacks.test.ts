// The metric-matched fallbacks (scripts/font-fallbacks.mjs): each one is a
// face with the web font's metrics in the built faces.css, and the page's font
// stacks list them right after the web font they stand in for, so text drawn
// before or without the web fonts takes the same room.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FALLBACK_FAMILIES, fallbackFaces } from '../../scripts/font-fallbacks.mjs';

const appCss = readFileSync('src/app.css', 'utf8');
/** The families of a custom property's font stack in app.css, in order (a var() in it spelt out). */
function stack(property: string): string[] {
	const value = new RegExp(`${property}:([^;]+);`).exec(appCss)?.[1] ?? '';
	return value.split(',').flatMap((f) => {
		const family = f.trim().replace(/^'|'$/g, '');
		const inner = /^var\((--[\w-]+)\)$/.exec(family)?.[1];
		return inner ? stack(inner) : [family];
	});
}

describe('metric-matched fallback fonts', () => {
	const css = fallbackFaces();
	for (const [key, web] of [
		['sans', 'Inter Variable'],
		['serif', 'Source Serif 4 Variable']
	] as const) {
		it(`follow ${web} in --font-${key}, in order`, () => {
			const families = stack(`--font-${key}`);
			expect(families[0]).toBe(web);
			expect(families.slice(1, 1 + FALLBACK_FAMILIES[key].length)).toEqual(FALLBACK_FAMILIES[key]);
		});

		it(`each ${key} fallback has a regular, a bold and an italic face, scaled to ${web}`, () => {
			for (const family of FALLBACK_FAMILIES[key]) {
				const faces = css.split('@font-face').filter((f) => f.includes(`font-family: '${family}';`));
				expect(faces, family).toHaveLength(3);
				for (const face of faces) {
					expect(face).toMatch(/src: local\('[^']+'\)/);
					const adjust = Number(/size-adjust: ([\d.]+)%/.exec(face)?.[1]);
					// A fallback is scaled, not swapped as is: within a fifth of the web font's width.
					expect(adjust, family).toBeGreaterThan(80);
					expect(adjust, family).toBeLessThan(125);
					expect(adjust, family).not.toBe(100);
					expect(face).toMatch(/ascent-override: [\d.]+%/);
				}
			}
		});
	}

	it('Arial’s metric twins on Linux (Liberation Sans) stand in with Arial’s numbers', () => {
		const arial = css.split('@font-face').find((f) => f.includes("local('Arial')"))!;
		expect(arial).toContain("local('Liberation Sans')");
	});
});
