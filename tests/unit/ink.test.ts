// The colours come from one place (src/lib/tokens.ts): the page's CSS reads them as custom
// properties, every property read is defined, the build-time pictures take the same values, and
// the timeline's marks stand out from the paper as WCAG 1.4.11 asks of a graphic's parts (3:1).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INK } from '$lib/graphics/ink';
import { COLOURS } from '$lib/graphics/map/style';
import { COLOUR, colourProperties } from '$lib/tokens';

const css = readFileSync('src/app.css', 'utf8');

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

describe('the colours', () => {
	it('have one source: app.css takes them from the tokens, and no stylesheet writes a colour of its own', () => {
		expect(css).toContain('@colours;');
		const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(svelte|css)$/.test(f));
		const written: string[] = [];
		for (const file of files) {
			const source = readFileSync(join('src', file), 'utf8');
			// Colours in style rules (attributes drawn by resvg at build time take the tokens through script).
			const styles = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
			if (file.endsWith('.css')) styles.push(source);
			for (const style of styles)
				for (const [hex] of style.replace(/@media print[\s\S]*$/, '').matchAll(/#[0-9a-f]{3,8}\b/gi))
					written.push(`${file}: ${hex}`);
		}
		expect(written).toEqual([]);
	});

	it('are defined for every custom property a stylesheet reads (no fallback stands in)', () => {
		const defined = new Set([
			...colourProperties().map((line) => line.split(':')[0]),
			...[...css.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1])
		]);
		const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(svelte|css)$/.test(f));
		const undefinedRead = new Set<string>();
		for (const file of files) {
			const source = readFileSync(join('src', file), 'utf8');
			const local = new Set([...source.matchAll(/(?:style:)?(--[a-z0-9-]+)[:=]/g)].map((m) => m[1]));
			for (const [, name] of source.matchAll(/var\((--[a-z0-9-]+)\)/g))
				if (!defined.has(name) && !local.has(name) && !/^--(wide|narrow)$/.test(name))
					undefinedRead.add(`${file}: ${name}`);
		}
		expect([...undefinedRead]).toEqual([]);
	});

	it('give the build-time pictures the page’s colours (INK, the map’s ground)', () => {
		expect(INK.muted).toBe(COLOUR.inkMuted);
		expect(INK.zoomWindow).toBe(COLOUR.zoomWindow);
		expect(COLOURS.land).toBe(COLOUR.land);
		expect(colourProperties()).toContain('--ink-muted: #5c5a55;');
	});

	it('draws marks and the accent at 3:1 or more against the paper', () => {
		expect(contrast(INK.mark, INK.paper)).toBeGreaterThanOrEqual(3);
		expect(contrast(INK.accent, INK.paper)).toBeGreaterThanOrEqual(3);
		expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
	});
});
