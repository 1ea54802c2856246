// One page per edition: "/" is the Uzbek original, /uz-cyrl/, /ru/ and /en/ the
// others. Content is validated here, at build time: a bad entry stops the
// prerender with a message naming file, id and field.
import { loadContent } from '$lib/content/load';
import { editionFor } from '$lib/content/edition';
import { mapFallbackFor } from '$lib/graphics/map/fallback.server';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';

export const entries = () => LANGUAGES.filter((l) => EDITION_PATH[l] !== '/').map((lang) => ({ lang }));

export const load = ({ params }) => {
	const edition = editionFor(loadContent(), (params.lang ?? 'uz') as Lang);
	// The map's first view, drawn at build time.
	const first = graphicPropsFor(edition, undefined);
	return { edition, mapFallback: mapFallbackFor(first.map) };
};
