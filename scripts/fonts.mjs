// The story's web fonts, cut at build time to the characters it uses.
// Usage: in vite.config.ts, plugins: [fontSubsets()]; by hand: node scripts/fonts.mjs
//
// Source Serif 4 (text) and Inter (interface, graphics) come as fontsource's
// variable WOFF2 files, one per Unicode block (latin, latin-ext, cyrillic,
// cyrillic-ext). Each is subset with harfbuzz (subset-font) to the characters
// of content/, the UI strings (src/lib/i18n/) and the components' markup
// (src/**/*.svelte), with their upper and lower case (text-transform), plus a
// safe alphabet per script (Latin with oʻ gʻ ʼ and the usual punctuation;
// Russian and Uzbek Cyrillic with ў қ ғ ҳ), the weight axis cut to the weights
// in use (400–700; italic pinned at 400: a bold italic is synthesised), and
// the OpenType features in use. The files go to src/lib/styles/fonts/ (not
// committed) with faces.css, whose unicode-range names exactly the characters
// each file was cut to, so the browser fetches only what a page shows, and the
// metric-matched fallback faces of ./font-fallbacks.mjs. A stamp of the
// inputs makes a build with nothing changed skip the work.
// tests/unit/font-subsets.test.ts checks that every character of every
// edition's page data has a glyph in the face that the CSS assigns it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { fallbackFaces } from './font-fallbacks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where the subsets and their CSS are written (git-ignored). */
export const FONT_DIR = join(ROOT, 'src/lib/styles/fonts');

/** fontsource's blocks: the characters each source file may hold (its unicode-range). */
const BLOCKS = {
	latin: [
		[0x0, 0xff],
		[0x131],
		[0x152, 0x153],
		[0x2bb, 0x2bc],
		[0x2c6],
		[0x2da],
		[0x2dc],
		[0x304],
		[0x308],
		[0x329],
		[0x2000, 0x206f],
		[0x20ac],
		[0x2122],
		[0x2191],
		[0x2193],
		[0x2212],
		[0x2215],
		[0xfeff],
		[0xfffd]
	],
	'latin-ext': [
		[0x100, 0x2ba],
		[0x2bd, 0x2c5],
		[0x2c7, 0x2cc],
		[0x2ce, 0x2d7],
		[0x2dd, 0x2ff],
		[0x1d00, 0x1dbf],
		[0x1e00, 0x1e9f],
		[0x1ef2, 0x1eff],
		[0x2020],
		[0x20a0, 0x20ab],
		[0x20ad, 0x20c0],
		[0x2113],
		[0x2c60, 0x2c7f],
		[0xa720, 0xa7ff]
	],
	cyrillic: [[0x301], [0x400, 0x45f], [0x490, 0x491], [0x4b0, 0x4b1], [0x2116]],
	'cyrillic-ext': [[0x460, 0x52f], [0x1c80, 0x1c8a], [0x20b4], [0x2de0, 0x2dff], [0xa640, 0xa69f], [0xfe2e, 0xfe2f]]
};

/** @param {number} a @param {number} [b] */
const span = (a, b = a) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join('');

/**
 * Characters every page may show whatever the content says: printable ASCII,
 * Uzbek's ʻ (U+02BB) and ʼ (U+02BC), quotation marks, dashes, spaces and a
 * few signs; the Russian alphabet with Ё and Uzbek's Ў Қ Ғ Ҳ (not the other
 * Cyrillic alphabets' letters, unless the content uses them). (Accented Latin
 * letters only as the content uses them: each costs about 100 bytes a face.)
 */
export const SAFE_ALPHABET =
	span(0x20, 0x7e) + '\u00a0«»°±·×÷§©®¶‘’‚“”„‹›–—…•′″€№−→←↑↓\u2009\u202f\u2011ʻʼ' + span(0x410, 0x44f) + 'ЁёЎўҒғҚқҲҳ';

/** The variable axis and OpenType features kept, per kind of face. */
const UPRIGHT = { variationAxes: { wght: { min: 400, max: 700 } } };
const ITALIC = { variationAxes: { wght: 400 } };
/** Shaping, kerning, ligatures, marks, localised forms; tnum for font-variant-numeric: tabular-nums. */
const FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'tnum'];

/**
 * @typedef {keyof typeof BLOCKS} Block
 * @typedef {'core' | 'upper' | 'lower' | 'letters'} LatinPart
 * @typedef {{
 *   id: string, kind: string, family: string, style: 'normal' | 'italic', weight: string,
 *   block: Block, part?: LatinPart, source: string, options: object
 * }} Face
 */

const SERIF = '@fontsource-variable/source-serif-4';
const SANS = '@fontsource-variable/inter';

/** The three kinds of face: family, style, weights, fontsource file per block, axis options. */
const KINDS = [
	{
		kind: 'serif',
		family: 'Source Serif 4 Variable',
		style: 'normal',
		weight: '400 700',
		file: (/** @type {string} */ b) => `${SERIF}/files/source-serif-4-${b}-wght-normal.woff2`,
		options: UPRIGHT
	},
	{
		kind: 'serif-italic',
		family: 'Source Serif 4 Variable',
		style: 'italic',
		weight: '400',
		file: (/** @type {string} */ b) => `${SERIF}/files/source-serif-4-${b}-wght-italic.woff2`,
		options: ITALIC
	},
	{
		kind: 'sans',
		family: 'Inter Variable',
		style: 'normal',
		weight: '400 700',
		file: (/** @type {string} */ b) => `${SANS}/files/inter-${b}-wght-normal.woff2`,
		options: UPRIGHT
	}
];

/**
 * The faces of the Latin-script editions: every kind in every block, one file each.
 * The names of the language switch's other editions are set in the system font
 * (LanguageSwitch.svelte), so a Latin page fetches no Cyrillic file.
 */
export const FACES = /** @type {Face[]} */ (
	Object.keys(BLOCKS).flatMap((block) =>
		KINDS.map(({ kind, family, style, weight, file, options }) => ({
			id: `${kind}-${block}`,
			kind,
			family,
			style,
			weight,
			block,
			source: file(block),
			options
		}))
	)
);

/** The family a Cyrillic-script edition sets its text in (app.css switches to it by the page's lang). */
export const CYRILLIC_FAMILY = (/** @type {string} */ family) => `${family} Cyrl`;

/**
 * How a Cyrillic family's Latin file is cut: the serif faces (reading text,
 * quotes) in three, the interface's sans, which sets Latin words (CSV, the
 * credits' names) on every page, in two.
 * @type {Record<string, LatinPart[]>}
 */
const LATIN_PARTS = {
	serif: ['core', 'upper', 'lower'],
	'serif-italic': ['core', 'upper', 'lower'],
	sans: ['core', 'letters']
};

/**
 * The faces of the Cyrillic-script editions, under families of their own
 * (CYRILLIC_FAMILY): the same Cyrillic files, and the Latin block cut up:
 * its digits, spaces and punctuation ('core', which Cyrillic text needs), its
 * capitals ('upper': an acronym, a paragraph's P8) and its other letters
 * ('lower'; the sans has its letters in one file), each fetched only where a page sets such a character in that
 * face (a Russian page's reading text and quotes have no Latin letter; the
 * Uzbek Cyrillic one has UNOCT). A Cyrillic page so skips most of the three
 * Latin files (about 20 KiB); the Latin editions keep theirs whole, with the
 * kerning between letters and punctuation.
 */
export const CYRILLIC_SCRIPT_FACES = /** @type {Face[]} */ (
	FACES.flatMap((face) =>
		face.block === 'latin'
			? LATIN_PARTS[face.kind].map((part) => ({
					...face,
					id: `${face.id}-${part}`,
					family: CYRILLIC_FAMILY(face.family),
					part
				}))
			: [{ ...face, family: CYRILLIC_FAMILY(face.family) }]
	)
);

/**
 * The files some edition preloads (src/lib/styles/font-preloads.ts, which a unit test keeps in step):
 * their faces are `font-display: optional` (there by the first paint, so text never re-flows). Every
 * other face (italics for quotes, a Cyrillic family's Latin letters, UNOCT or a note's Uzbek words)
 * is `swap`: fetched when a page first sets such a letter, too late for `optional`, which would keep
 * a system font for the whole visit; it is set out of the first screen's text, or in a few letters.
 */
export const PRELOADED_FILES = new Set([
	'serif-latin',
	'sans-latin',
	'serif-cyrillic',
	'sans-cyrillic',
	'serif-latin-core',
	'sans-latin-core',
	'serif-cyrillic-ext',
	'sans-cyrillic-ext'
]);

/** A face's font-display (see PRELOADED_FILES). @param {Face} face */
export const fontDisplay = (face) => (PRELOADED_FILES.has(face.id) ? 'optional' : 'swap');

/** @param {string} dir @param {(name: string) => boolean} keep @returns {string[]} */
function filesUnder(dir, keep) {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : []))
		.sort();
}

/**
 * The characters the story may show: every character of content/, of
 * src/lib/i18n/ and of the components, with its case pair, and the safe
 * alphabet. Sorted, one of each.
 * @param {string} [root]
 */
export function storyCharacters(root = ROOT) {
	const files = [
		...filesUnder(join(root, 'content'), () => true),
		...filesUnder(join(root, 'src/lib/i18n'), (n) => n.endsWith('.ts')),
		...filesUnder(join(root, 'src'), (n) => n.endsWith('.svelte'))
	];
	const chars = new Set(SAFE_ALPHABET);
	for (const file of files)
		for (const c of readFileSync(file, 'utf8')) {
			if (c < ' ') continue;
			chars.add(c);
			for (const v of [c.toUpperCase(), c.toLowerCase()]) if ([...v].length === 1) chars.add(v);
		}
	return [...chars].sort().join('');
}

/** @param {string} c @param {Block} block */
const inBlock = (c, block) => {
	const code = /** @type {number} */ (c.codePointAt(0));
	return BLOCKS[block].some(([a, b = a]) => code >= a && code <= b);
};

/**
 * Which part of the Latin block a character is in: a capital, another letter
 * (Uzbek's ʻ and ʼ are letters in its Latin alphabet), or neither.
 * @param {string} c @returns {'upper' | 'lower' | 'core'}
 */
const latinPart = (c) => (/\p{Lu}/u.test(c) ? 'upper' : /\p{L}|\u02bb|\u02bc/u.test(c) ? 'lower' : 'core');

/** Whether a character is in a part of the Latin block. @param {string} c @param {LatinPart} part */
const inPart = (c, part) => (part === 'letters' ? latinPart(c) !== 'core' : latinPart(c) === part);

/** The characters of `text` that a face holds: those of its block (and part of it). @param {Face} face @param {string} text */
export const faceText = (face, text) =>
	[...text].filter((c) => inBlock(c, face.block) && (!face.part || inPart(c, face.part))).join('');

/**
 * One face cut to the characters of `text` in its block.
 * @param {Face} face @param {string} text @param {'woff2' | 'sfnt'} [format]
 * @returns {Promise<Buffer>}
 */
export async function subsetFace(face, text, format = 'woff2') {
	return subsetFont(readFileSync(require.resolve(face.source)), faceText(face, text), {
		targetFormat: format,
		keepFeatures: FEATURES,
		...face.options
	});
}

/** unicode-range for a set of characters, runs of consecutive code points joined. @param {Iterable<number>} codes */
export function unicodeRange(codes) {
	const sorted = [...new Set(codes)].sort((a, b) => a - b);
	/** @type {string[]} */
	const parts = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		const hex = (/** @type {number} */ n) => n.toString(16).toUpperCase();
		parts.push(j > i ? `U+${hex(sorted[i])}-${hex(sorted[j])}` : `U+${hex(sorted[i])}`);
		i = j + 1;
	}
	return parts.join(', ');
}

/** @param {string} path @param {string | Buffer} data */
function writeAtomic(path, data) {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, path);
}

/**
 * Writes every face's subset and faces.css to `dir`, unless its stamp says
 * they were made from the same characters, fonts and options.
 * @param {{ root?: string, dir?: string, log?: (line: string) => void }} [opts]
 * @returns {Promise<{ written: boolean, dir: string }>}
 */
export async function buildFontSubsets({ root = ROOT, dir = FONT_DIR, log = () => {} } = {}) {
	const text = storyCharacters(root);
	const versions = [SERIF, SANS].map((p) => `${p}@${require(`${p}/package.json`).version}`);
	const stamp = createHash('sha256')
		.update(
			JSON.stringify({ v: 3, text, versions, FACES, CYRILLIC_SCRIPT_FACES, FEATURES, fallbacks: fallbackFaces() })
		)
		.digest('hex');
	const stampFile = join(dir, 'stamp.txt');
	// A block none of the characters are in (latin-ext, today) gets no face.
	const faces = [...FACES, ...CYRILLIC_SCRIPT_FACES].filter((f) => faceText(f, text));
	// The two sets share their Cyrillic (and Latin Extended) files: each file is made once.
	const files = [...new Map(faces.map((f) => [f.id, f])).values()];
	const outputs = [...files.map((f) => join(dir, `${f.id}.woff2`)), join(dir, 'faces.css')];
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && outputs.every((p) => existsSync(p)))
		return { written: false, dir };
	mkdirSync(dir, { recursive: true });
	const css = ['/* Made by scripts/fonts.mjs from fontsource files (OFL-1.1): do not edit, not committed. */'];
	let total = 0;
	for (const file of files) {
		const woff2 = await subsetFace(file, text);
		writeAtomic(join(dir, `${file.id}.woff2`), woff2);
		total += woff2.length;
	}
	for (const face of faces) {
		const codes = [...faceText(face, text)].map((c) => /** @type {number} */ (c.codePointAt(0)));
		css.push(
			`@font-face {`,
			`\tfont-family: '${face.family}';`,
			`\tfont-style: ${face.style};`,
			`\tfont-weight: ${face.weight};`,
			`\tfont-display: ${fontDisplay(face)};`,
			`\tsrc: url(./${face.id}.woff2) format('woff2');`,
			`\tunicode-range: ${unicodeRange(codes)};`,
			`}`
		);
	}
	writeAtomic(join(dir, 'faces.css'), css.join('\n') + '\n' + fallbackFaces());
	writeAtomic(stampFile, stamp);
	log(`fonts: ${files.length} subsets, ${(total / 1024).toFixed(1)} KiB in ${relative(root, dir)}`);
	return { written: true, dir };
}

/** @returns {import('vite').Plugin} */
export function fontSubsets() {
	/** @type {Promise<unknown> | undefined} */
	let once;
	return {
		name: 'font-subsets',
		// Before any module is transformed: fonts.css and font-preloads.ts import the files.
		async buildStart() {
			once ??= buildFontSubsets({ log: (line) => this.info(line) });
			await once;
		}
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { written, dir } = await buildFontSubsets({ log: console.log });
	if (!written) console.log(`fonts: up to date in ${relative(ROOT, dir)}`);
}
