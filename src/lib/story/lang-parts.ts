/**
 * Words in another language inside an edition's text, marked by the editor as
 * `[uz: oʻtgan yili]`, cut out so the page can give them their own `lang`
 * (WCAG 3.1.2: screen readers then read them in that language).
 *
 *   langParts('“last year” ([uz: oʻtgan yili])')
 *   // [{ text: '“last year” (' }, { text: 'oʻtgan yili', lang: 'uz-Latn' }, { text: ')' }]
 */
import { HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';

/** A run of text; `lang` (an html lang value) only where it differs from the page's. */
export interface LangPart {
	text: string;
	lang?: string;
}

const MARK = /\[([a-z]{2}(?:-[a-z]{4})?): ([^\]]+)\]/g;

const isLang = (code: string): code is Lang => (LANGUAGES as readonly string[]).includes(code);

/** The text in runs; a mark with an unknown language code is left as it is. */
export function langParts(text: string): LangPart[] {
	const parts: LangPart[] = [];
	let last = 0;
	for (const m of text.matchAll(MARK)) {
		const [whole, code, words] = m;
		if (!isLang(code)) continue;
		if (m.index > last) parts.push({ text: text.slice(last, m.index) });
		parts.push({ text: words, lang: HTML_LANG[code] });
		last = m.index + whole.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
