/**
 * @font-face rules that give the browser the families the card SVG names
 * ("Card Serif latin"…, see fonts.server.ts), from the same fontsource files
 * the story serves, so a card page in Chromium looks like the card resvg draws.
 * Usage: `<head>…${CARD_HEAD}</head>` in a page whose CSP allows CARD_FONT_FACES' hash
 */
import { scriptTag } from '$lib/inline-scripts.js';
import serifLatin from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import serifLatinExt from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2?url';
import serifCyrillic from '@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-wght-normal.woff2?url';
import serifCyrillicExt from '@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-ext-wght-normal.woff2?url';
import sansLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import sansLatinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?url';
import sansCyrillic from '@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2?url';
import sansCyrillicExt from '@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2?url';

const FILES: Record<string, string> = {
	'Card Serif latin': serifLatin,
	'Card Serif latin-ext': serifLatinExt,
	'Card Serif cyrillic': serifCyrillic,
	'Card Serif cyrillic-ext': serifCyrillicExt,
	'Card Sans latin': sansLatin,
	'Card Sans latin-ext': sansLatinExt,
	'Card Sans cyrillic': sansCyrillic,
	'Card Sans cyrillic-ext': sansCyrillicExt
};

// The default instance (weight 400), as resvg draws it; block until loaded, so no card is shot in a fallback face.
export const CARD_FONT_FACES = Object.entries(FILES)
	.map(
		([family, url]) =>
			`@font-face{font-family:"${family}";src:url("${url}") format("woff2");font-weight:400;font-display:block}`
	)
	.join('\n');

/** The card page's head: the faces, and a flag on <html> (data-cards-ready) once they are loaded. */
export const CARD_HEAD = `<style>${CARD_FONT_FACES}</style>` + scriptTag('cardsReady');
