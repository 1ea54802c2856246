/**
 * The story's fonts for the share cards, as resvg needs them: the fontsource
 * subsets (woff2) of Source Serif 4 and Inter decompressed to TrueType at build
 * time (wawoff2), each renamed to a family of its own ("Card Serif cyrillic"…)
 * and cached in node_modules/.cache/story-cards/ (derived, never committed).
 * A text is written in runs, each in the first subset that has its characters
 * (faceFor), and measured with the same fonts (width), so wrapping matches
 * what resvg draws. The fontsource files are variable; resvg draws a variable
 * font at its default weight whatever the font-weight, so each is instanced
 * (subset-font, HarfBuzz) at the weights the cards use (WEIGHTS), under one
 * family name with its weight class set: font-weight picks the instance.
 * Usage: const fonts = await cardFonts(); fonts.width('Oʻzbekiston', 'serif', 48); new Resvg(svg, { font: { fontFiles: fonts.files } })
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decompress } from 'wawoff2';
import subsetFont from 'subset-font';
import { fontMetrics, renameFamily, withWeightClass, type FontMetrics } from '$lib/server/cards/sfnt';

export type FontKind = 'serif' | 'sans';

/** The subsets, in the order a character is looked up: Latin first (digits, punctuation, oʻ gʻ ʼ), then Cyrillic. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

const PACKAGES: Record<FontKind, { name: string; file: (subset: string) => string }> = {
	serif: {
		name: '@fontsource-variable/source-serif-4',
		file: (s) => `files/source-serif-4-${s}-wght-normal.woff2`
	},
	sans: { name: '@fontsource-variable/inter', file: (s) => `files/inter-${s}-wght-normal.woff2` }
};

/** The weights the cards set text in: body and quotes 400, the chart's names 500, highlighted names and titles 700. */
export const WEIGHTS = [400, 500, 700] as const;
type CardWeight = (typeof WEIGHTS)[number];

interface CardFace {
	/** The family name given to this subset. */
	family: string;
	metrics: FontMetrics;
}

export interface CardFonts {
	/** The TrueType files, sans first (resvg's fallback for text we do not split into runs). */
	files: string[];
	/** The face that writes this character in this kind of type (the first subset that has it; Latin if none). */
	faceFor(char: string, kind: FontKind): CardFace;
	/** A text's width in px at this size and weight (no kerning, so a little wide: safe for wrapping). */
	width(text: string, kind: FontKind, size: number, weight?: CardWeight): number;
	/** Whether the face of this family name (one of ours) has this character: no glyph drawn from a fallback. */
	has(family: string, char: string): boolean;
}

const require = createRequire(import.meta.url);

/** node_modules/.cache/story-cards beside the fontsource packages. */
function cacheDir(): string {
	const pkg = require.resolve(`${PACKAGES.sans.name}/package.json`);
	return join(dirname(pkg), '..', '..', '.cache', 'story-cards');
}

let loading: Promise<CardFonts> | undefined;

export function cardFonts(): Promise<CardFonts> {
	loading ??= load();
	return loading;
}

async function load(): Promise<CardFonts> {
	const dir = cacheDir();
	mkdirSync(dir, { recursive: true });
	const faces: Record<FontKind, CardFace[]> = { serif: [], sans: [] };
	const metrics = new Map<string, FontMetrics>();
	const files: string[] = [];
	for (const kind of ['sans', 'serif'] as const) {
		const { name, file } = PACKAGES[kind];
		const version = (require(`${name}/package.json`) as { version: string }).version;
		for (const subset of SUBSETS) {
			const family = `Card ${kind === 'serif' ? 'Serif' : 'Sans'} ${subset}`;
			for (const weight of WEIGHTS) {
				const path = join(dir, `${kind}-${subset}-${weight}-${version}.ttf`);
				if (!existsSync(path)) {
					const variable = await decompress(readFileSync(require.resolve(`${name}/${file(subset)}`)));
					const instance = await subsetFont(Buffer.from(variable), undefined, {
						keepAllGlyphs: true,
						variationAxes: { wght: weight },
						targetFormat: 'sfnt'
					});
					writeFileSync(path, withWeightClass(renameFamily(new Uint8Array(instance), family), weight));
				}
				const m = fontMetrics(new Uint8Array(readFileSync(path)));
				metrics.set(`${family} ${weight}`, m);
				if (weight === 400) faces[kind].push({ family, metrics: m });
				files.push(path);
			}
		}
	}
	const faceFor = (char: string, kind: FontKind) => faces[kind].find((f) => f.metrics.has(char)) ?? faces[kind][0];
	return {
		files,
		faceFor,
		width: (text, kind, size, weight = 400) =>
			[...text].reduce((w, c) => w + metrics.get(`${faceFor(c, kind).family} ${weight}`)!.advance(c) * size, 0),
		has: (family, char) => [...faces.sans, ...faces.serif].some((f) => f.family === family && f.metrics.has(char))
	};
}
