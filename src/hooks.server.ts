// Sets <html lang> for each prerendered page from its edition.
import type { Handle } from '@sveltejs/kit';
import { EDITION_PATH, HTML_LANG, LANGUAGES } from '$lib/i18n/languages';

function langFor(pathname: string): string {
	const match = [...LANGUAGES]
		.sort((a, b) => EDITION_PATH[b].length - EDITION_PATH[a].length)
		.find((lang) => pathname.startsWith(EDITION_PATH[lang]));
	return HTML_LANG[match ?? 'uz'];
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', langFor(event.url.pathname)) });
