/**
 * The font files each edition needs for its first screen, to preload: the
 * faces are font-display: optional, so a face not there by first paint is not
 * used on that view (and the text never jumps). The files are the subsets
 * scripts/fonts.mjs makes at build time. Latin carries digits, spaces and
 * punctuation in every edition: the Cyrillic editions take them from the Latin
 * file's 'core' (their families' Latin letters are a file of their own, fetched
 * only where a page sets a Latin letter in that face). Cyrillic Extended has
 * Uzbek қ ғ ҳ. Italic (quotes, the translation note) is not preloaded.
 * Usage: {#each FONT_PRELOADS[lang] as href (href)}<link rel="preload" as="font" {href} …/>{/each}
 */
import type { Lang } from '$lib/i18n/languages';
import serifLatin from './fonts/serif-latin.woff2?url';
import serifLatinCore from './fonts/serif-latin-core.woff2?url';
import serifCyrillic from './fonts/serif-cyrillic.woff2?url';
import serifCyrillicExt from './fonts/serif-cyrillic-ext.woff2?url';
import sansLatin from './fonts/sans-latin.woff2?url';
import sansLatinCore from './fonts/sans-latin-core.woff2?url';
import sansCyrillic from './fonts/sans-cyrillic.woff2?url';
import sansCyrillicExt from './fonts/sans-cyrillic-ext.woff2?url';

const LATIN = [serifLatin, sansLatin];
const CYRILLIC = [serifCyrillic, sansCyrillic, serifLatinCore, sansLatinCore];

// The Latin editions do not preload Cyrillic for the two words of the language
// switch that name the Cyrillic editions: they are set in the system font.
export const FONT_PRELOADS: Record<Lang, string[]> = {
	uz: LATIN,
	en: LATIN,
	ru: CYRILLIC,
	'uz-cyrl': [...CYRILLIC, serifCyrillicExt, sansCyrillicExt]
};
