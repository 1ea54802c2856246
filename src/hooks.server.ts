// Sets <html lang> for each prerendered page from its edition (the route's `lang` param; none is Uzbek Latin),
// and leaves the JavaScript out of the head's preloads: the page reads without it, so its
// first paint should not share a slow connection with the script that hydrates it (the
// boot script at the end of <body> fetches it; see docs/performance.md).
import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';

const langFor = (param: string | undefined): string =>
	HTML_LANG[LANGUAGES.includes(param as Lang) ? (param as Lang) : 'uz'];

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', langFor(event.params.lang)),
		preload: ({ type }) => type === 'css'
	});
