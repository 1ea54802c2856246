// The browser bundle's stand-ins for d3-color and d3-format (trimD3 in
// vite.config.ts): every name the trimmed importers take from them, the one
// answer d3-interpolate needs for numbers, and a clear error for anything else.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as color from '$lib/trims/d3-color.js';
import * as format from '$lib/trims/d3-format.js';

/** The names `file` (in node_modules) imports from `module`. */
function importedNames(file: string, module: string): string[] {
	const source = readFileSync(`node_modules/${file}`, 'utf8');
	const names: string[] = [];
	for (const m of source.matchAll(new RegExp(`import\\s*\\{([^}]+)\\}\\s*from\\s*['"]${module}['"]`, 'g')))
		names.push(...m[1].split(',').map((n) => n.trim().split(/\s+as\s+/)[0]));
	return names;
}

describe('trimmed d3 modules', () => {
	it('say no string is a colour, so interpolate() falls back to numbers and strings', () => {
		expect(color.color()).toBeNull();
	});

	for (const [stub, module, importers] of [
		[color, 'd3-color', ['d3-interpolate/dist/d3-interpolate.mjs', 'layercake/dist/helpers/printDebug.js']],
		[format, 'd3-format', ['d3-scale/dist/d3-scale.mjs']]
	] as const) {
		it(`stand in for every name ${importers.join(' and ')} import from ${module}`, () => {
			for (const file of importers) {
				const names = importedNames(file, module);
				expect(names.length, file).toBeGreaterThan(0);
				for (const name of names) {
					const fn = (stub as Record<string, unknown>)[name];
					expect(typeof fn, `${module}.${name}`).toBe('function');
					// Only color() answers; everything else names the trim when reached.
					if (name !== 'color') expect(() => (fn as () => unknown)(), name).toThrow(/trimD3/);
				}
			}
		});
	}
});
