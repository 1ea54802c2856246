/**
 * The story's editions. A language code is the key under which content is
 * filed (content/<code>/) and translated text is stored (milestone.text[code]).
 * Issue #4 adds ru, en and uz-cyrl here.
 */
export const LANGUAGES = ['uz'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The value of <html lang> and of Intl locales for each edition. */
export const HTML_LANG: Record<Lang, string> = {
	uz: 'uz-Latn'
};

/** The path of each edition's page. */
export const EDITION_PATH: Record<Lang, string> = {
	uz: '/'
};

export function isLang(value: string): value is Lang {
	return (LANGUAGES as readonly string[]).includes(value);
}
