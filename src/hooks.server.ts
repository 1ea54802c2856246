// Sets <html lang> for each prerendered page from its edition (the route's `lang` param; none is Uzbek Latin).
import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';

const langFor = (param: string | undefined): string =>
	HTML_LANG[LANGUAGES.includes(param as Lang) ? (param as Lang) : 'uz'];

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', langFor(event.params.lang)) });
