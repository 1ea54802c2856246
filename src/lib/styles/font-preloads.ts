/**
 * The font files each edition needs for its first screen, to preload: the
 * faces are font-display: optional, so a face not there by first paint is not
 * used on that view (and the text never jumps). Latin carries digits and
 * punctuation in every edition; Cyrillic Extended has Uzbek қ ғ ҳ.
 */
import type { Lang } from '$lib/i18n/languages';
import serifLatin from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import serifCyrillic from '@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-wght-normal.woff2?url';
import serifCyrillicExt from '@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-ext-wght-normal.woff2?url';
import sansLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import sansCyrillic from '@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2?url';
import sansCyrillicExt from '@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2?url';

const LATIN = [serifLatin, sansLatin];
const CYRILLIC = [serifCyrillic, sansCyrillic];

// The language switch names the Cyrillic editions in every edition.
export const FONT_PRELOADS: Record<Lang, string[]> = {
	uz: [...LATIN, sansCyrillic],
	en: [...LATIN, sansCyrillic],
	ru: [...CYRILLIC, ...LATIN],
	'uz-cyrl': [...CYRILLIC, serifCyrillicExt, sansCyrillicExt, ...LATIN]
};
