/**
 * The story's editions. A language code is the key under which content is
 * filed (content/<code>/) and translated text is stored (milestone.text[code]).
 * Uzbek Cyrillic has no folder: it is transliterated from the Uzbek Latin.
 */
export const LANGUAGES = ['uz', 'uz-cyrl', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Editions written by hand, each with a folder in content/. */
export const CONTENT_LANGUAGES = ['uz', 'ru', 'en'] as const satisfies readonly Lang[];
export type ContentLang = (typeof CONTENT_LANGUAGES)[number];

/** Editions derived from another one by transliteration. */
export const DERIVED_FROM: Partial<Record<Lang, ContentLang>> = { 'uz-cyrl': 'uz' };

/** The written language an edition is made from: itself, or its source if it is derived. */
export const writtenIn = (lang: Lang): ContentLang => DERIVED_FROM[lang] ?? (lang as ContentLang);

/** The original language of the interview. */
export const SOURCE_LANG: ContentLang = 'uz';

/** The value of <html lang> and of hreflang for each edition. */
export const HTML_LANG: Record<Lang, string> = {
	uz: 'uz-Latn',
	'uz-cyrl': 'uz-Cyrl',
	ru: 'ru',
	en: 'en'
};

/** The script each edition is written in. */
export const SCRIPT: Record<Lang, 'Latn' | 'Cyrl'> = {
	uz: 'Latn',
	'uz-cyrl': 'Cyrl',
	ru: 'Cyrl',
	en: 'Latn'
};

/** The locale for Intl formatting (British English dates: 5 December 2023). */
export const INTL_LOCALE: Record<Lang, string> = {
	uz: 'uz-Latn',
	'uz-cyrl': 'uz-Cyrl',
	ru: 'ru',
	en: 'en-GB'
};

/** The path of each edition's page. */
export const EDITION_PATH: Record<Lang, string> = {
	uz: '/',
	'uz-cyrl': '/uz-cyrl/',
	ru: '/ru/',
	en: '/en/'
};

/** Each edition's name in its own language, for the language switch. */
export const NATIVE_NAME: Record<Lang, string> = {
	uz: 'Oʻzbekcha',
	'uz-cyrl': 'Ўзбекча',
	ru: 'Русский',
	en: 'English'
};

export function isContentLang(value: string): value is ContentLang {
	return (CONTENT_LANGUAGES as readonly string[]).includes(value);
}
