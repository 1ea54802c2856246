// Every character a reader can see on any edition's page has a glyph in the
// web fonts the build makes (scripts/fonts.mjs cuts them to the characters of
// content/, the UI strings and the markup, plus a safe alphabet per script).
// The text checked here is what the pages are made from, independently of how
// the build collects its characters: each edition's page data as the prerender
// gets it (the Uzbek Cyrillic edition transliterated from the Latin one) and
// the server-rendered page's text, with upper-case forms (text-transform).
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { loadContent } from '$lib/server/content/load';
import { storyPageData } from '$lib/server/story-page-data';
import { LANGUAGES, SCRIPT } from '$lib/i18n/languages';
import { fontMetrics } from '$lib/server/cards/sfnt';
import StoryPage from '$lib/story/StoryPage.svelte';
import {
	CYRILLIC_SCRIPT_FACES,
	FACES,
	PRELOADED_FILES,
	faceText,
	fontDisplay,
	storyCharacters,
	subsetFace
} from '../../scripts/fonts.mjs';
import { FONT_PRELOADS } from '$lib/styles/font-preloads';

/** Every string in a value, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
	return out;
}

/** The text of rendered HTML: tags dropped, the entities Svelte writes decoded. */
const textOf = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(
			/&(amp|lt|gt|quot|#39|nbsp);/g,
			(_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e] ?? ''
		);

const model = loadContent();
const TEXT_BY_LANG = Object.fromEntries(
	LANGUAGES.map((lang) => {
		const data = storyPageData(model, lang);
		const page = textOf(render(StoryPage, { props: data }).body);
		const text = [...strings(data), page].join('\n');
		return [lang, text + text.toUpperCase()];
	})
);

/** The characters a page shows (no control characters: line breaks, tabs). */
// The soft hyphen and the word joiner (typeset.ts) are invisible: no glyph is drawn for them.
const shown = (text: string) => [...new Set(text)].filter((c) => c >= ' ' && c !== '\u00ad' && c !== '\u2060').sort();

/** The characters each kind of face (family and style) has across its block subsets, as the build cuts them. */
async function covered(text: string) {
	const kinds = new Map<string, Set<string>>();
	for (const face of [...FACES, ...CYRILLIC_SCRIPT_FACES]) {
		const key = `${face.family} ${face.style}`;
		const set = kinds.get(key) ?? new Set<string>();
		kinds.set(key, set);
		// A block none of the text is in (an empty subset, with an empty cmap).
		if (!faceText(face, text)) continue;
		const metrics = fontMetrics(new Uint8Array(await subsetFace(face, text, 'sfnt')));
		for (const c of text) if (metrics.has(c)) set.add(c);
	}
	return kinds;
}

describe('the web fonts cover every edition', async () => {
	const kinds = await covered(storyCharacters());

	it('has the three faces the CSS uses, under the Latin editions’ families and the Cyrillic ones’', () => {
		expect([...kinds.keys()].sort()).toEqual([
			'Inter Variable Cyrl normal',
			'Inter Variable normal',
			'Source Serif 4 Variable Cyrl italic',
			'Source Serif 4 Variable Cyrl normal',
			'Source Serif 4 Variable italic',
			'Source Serif 4 Variable normal'
		]);
	});

	for (const lang of LANGUAGES)
		it(`has a glyph in every face of its families for every character of the ${lang} page`, () => {
			const chars = shown(TEXT_BY_LANG[lang]);
			expect(chars.length).toBeGreaterThan(60);
			const families = [...kinds].filter(([kind]) => kind.includes(' Cyrl ') === (SCRIPT[lang] === 'Cyrl'));
			expect(families).toHaveLength(3);
			for (const [kind, set] of families) expect(chars.filter((c) => !set.has(c)).join(''), kind).toBe('');
		});

	it('keeps the letters of both scripts', () => {
		for (const family of ['Source Serif 4 Variable', 'Source Serif 4 Variable Cyrl']) {
			const serif = kinds.get(`${family} normal`) ?? new Set();
			for (const c of 'oʻgʻʼЎўҚқҒғҲҳЁё«»„“') expect(serif.has(c), `${family}: ${c}`).toBe(true);
		}
	});
}, 120_000);

describe('font-display', () => {
	it('is optional for exactly the files an edition preloads, swap for the rest (italics, a Cyrillic family’s Latin letters)', () => {
		const preloaded = new Set(
			Object.values(FONT_PRELOADS)
				.flat()
				.map((url) =>
					url
						.split('/')
						.pop()!
						.replace(/\.woff2.*$/, '')
				)
		);
		expect([...preloaded].sort()).toEqual([...PRELOADED_FILES].sort());
		for (const face of [...FACES, ...CYRILLIC_SCRIPT_FACES])
			expect(fontDisplay(face), face.id).toBe(preloaded.has(face.id) ? 'optional' : 'swap');
		expect(fontDisplay(FACES.find((f) => f.style === 'italic')!)).toBe('swap');
	});
});
