// Helpers for tests/e2e/editions.spec.ts: the four editions as the page must
// publish them, reading an edition's own text, and where a step sits.
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/lib/i18n/languages';
import { model } from './content';
import { TRIGGER, WIDE_MIN_PX } from '../../src/lib/layout.js';

/** Words the Uzbek Cyrillic edition keeps in Latin script (content/transliteration.aml). */
const KEEP_LATIN = model.transliteration.keepLatin;

export interface EditionSpec {
	code: Lang;
	path: string;
	htmlLang: string;
}

/**
 * The editions, written out here rather than imported, so a change in src/
 * shows; typed over every language, so a new one cannot be left out.
 */
const PUBLISHED: Record<Lang, Omit<EditionSpec, 'code'>> = {
	uz: { path: '/', htmlLang: 'uz-Latn' },
	'uz-cyrl': { path: '/uz-cyrl/', htmlLang: 'uz-Cyrl' },
	ru: { path: '/ru/', htmlLang: 'ru' },
	en: { path: '/en/', htmlLang: 'en' }
};

export const EDITIONS: EditionSpec[] = (Object.keys(PUBLISHED) as Lang[]).map((code) => ({ code, ...PUBLISHED[code] }));

export const edition = (code: Lang) => EDITIONS.find((e) => e.code === code)!;

/**
 * The text of `main` in the page's own language: every text node (SVG labels
 * included), one per line, leaving out script, style, noscript and template
 * and anything inside an element whose nearest `lang` differs from <html lang>
 * (the names in the language switch, a quote in another language).
 */
export async function ownLanguageText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.getAttribute('lang');
		const main = document.querySelector('main');
		if (!main) throw new Error('no <main>');
		const out: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, noscript, template')) continue;
			if (parent.closest('[lang]')?.getAttribute('lang') !== pageLang) continue;
			const text = node.textContent?.trim();
			if (text) out.push(text);
		}
		return out.join('\n');
	});
}

/** URLs, bare domains and code points (U+02BB), which any edition may keep in Latin letters. */
const URLS = /https?:\/\/\S+|(?:[a-z0-9-]+\.)+(?:uz|com|org|net|info|int|ru|io)\b\S*|U\+[0-9A-F]{4,6}\b/gi;

/**
 * The Latin-script words of `text` that are not allowed: `phrases` (which may
 * hold spaces) are cut out first, then each remaining word (letters, digits,
 * apostrophes, inner hyphens) must be in `words` or match one of `patterns`.
 * Returns each offending word once, in the order met.
 */
function disallowedLatinWords(
	text: string,
	{ phrases = [], words = [], patterns = [] }: { phrases?: string[]; words?: string[]; patterns?: RegExp[] }
): string[] {
	let rest = text.replace(URLS, ' ');
	for (const p of [...phrases].sort((a, b) => b.length - a.length)) rest = rest.split(p).join(' ');
	const found = rest.match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9ʻʼ'’‘]*(?:-[A-Za-z0-9ʻʼ'’‘]+)*/g) ?? [];
	const bad = found.filter((w) => !words.includes(w) && !patterns.some((re) => re.test(w)));
	return [...new Set(bad)];
}

/** Where a step sits against Scrollama's trigger line, in viewport pixels. */
export async function stepPosition(page: Page, id: string) {
	return page.locator(`[data-step="${id}"]`).evaluate(
		(el, layout) => {
			const r = el.getBoundingClientRect();
			const wide = window.innerWidth >= layout.WIDE_MIN_PX;
			const line = window.innerHeight * (wide ? layout.TRIGGER.wide : layout.TRIGGER.narrow);
			// Where a link to the step puts its top (scroller.ts): just below a graphic stuck to
			// the top of a phone's screen, else with its middle on the line unless that cuts its top off.
			const sticky = document.querySelector<HTMLElement>('.sticky');
			const stuck = !wide && sticky && getComputedStyle(sticky).position === 'sticky';
			const landing =
				stuck && sticky.offsetHeight + 12 < line ? sticky.offsetHeight + 12 : Math.max(12, line - r.height / 2) - 2;
			return { top: r.top, bottom: r.bottom, mid: r.top + r.height / 2, line, landing, height: window.innerHeight };
		},
		{ WIDE_MIN_PX, TRIGGER }
	);
}

/** Describes a step position for an assertion message. */
export const describePosition = (p: Awaited<ReturnType<typeof stepPosition>>) =>
	`step top ${Math.round(p.top)}, middle ${Math.round(p.mid)}, bottom ${Math.round(p.bottom)}; ` +
	`trigger line ${Math.round(p.line)} of a ${p.height}px viewport; a link lands its top at ${Math.round(p.landing)}`;

/**
 * Whether the step is at the trigger line the way Scrollama counts it: the
 * line crosses the step's box (which lies in the viewport).
 */
export const atTrigger = (p: Awaited<ReturnType<typeof stepPosition>>) =>
	p.top <= p.line && p.bottom >= p.line && p.top < p.height && p.bottom > 0;

/** Common Uzbek words that an English text has no business holding. */
const UZBEK_WORDS = new Set([
	'va',
	'bilan',
	'uchun',
	'boʻyicha',
	'qarshi',
	'yil',
	'yilda',
	'yili',
	'hamkorlik',
	'xavfsizlik',
	'haqida',
	'orqali',
	'tomonidan',
	'sifatida',
	'davomida',
	'bmt',
	'terrorizmga',
	'dasturi'
]);

/**
 * What in an edition's own text looks untranslated, as messages (empty if
 * nothing): for ru, Latin-script words beyond refs and names; for en, the
 * Uzbek letters ʻ ʼ and common Uzbek words; for uz-cyrl, Latin-script words
 * beyond content/transliteration.aml's keepLatin, refs and code points.
 */
export function untranslated(code: EditionSpec['code'], text: string): string[] {
	const problems: string[] = [];
	if (code === 'ru') {
		const bad = disallowedLatinWords(text, {
			phrases: ['Source Serif 4', 'SIL Open Font License', 'Natural Earth', 'embed.js', 'pym.js'],
			words: [
				...[
					'UNOCT',
					'UNRCCA',
					'Inter',
					'Svelte',
					'SvelteKit',
					'LayerCake',
					'D3',
					'Scrollama',
					'world-atlas',
					'topojson-client'
				],
				// The formats of the data files and the embed codes' tools.
				...['CSV', 'JSON', 'iframe']
			],
			patterns: [/^P\d+$/]
		});
		if (bad.length) problems.push(`Latin-script words in the Russian text: ${bad.join(', ')}`);
	} else if (code === 'en') {
		const lines = text.split('\n').filter((line) => /[ʻʼ]/.test(line));
		if (lines.length) problems.push(`Uzbek letters ʻ ʼ in the English text:\n  ${lines.join('\n  ')}`);
		const words = [...new Set(text.split(/[^\p{L}\p{M}ʻʼ'’]+/u).filter((w) => UZBEK_WORDS.has(w.toLowerCase())))];
		if (words.length) problems.push(`Uzbek words in the English text: ${words.join(', ')}`);
	} else if (code === 'uz-cyrl') {
		const bad = disallowedLatinWords(text, {
			// Names with a space are cut out whole, and the embed codes' tools, named by the code (not transliterated).
			phrases: [...KEEP_LATIN.filter((k) => k.includes(' ')), 'embed.js', 'pym.js'],
			words: KEEP_LATIN.filter((k) => !k.includes(' ')),
			patterns: [/^P\d+$/]
		});
		if (bad.length) problems.push(`Latin-script words in the Uzbek Cyrillic text: ${bad.join(', ')}`);
	}
	return problems;
}
