// One page per edition: "/" is the Uzbek original, /uz-cyrl/, /ru/ and /en/ the
// others. Content is validated here, at build time: a bad entry stops the
// prerender with a message naming file, id and field.
import { loadContent } from '$lib/server/content/load';
import { storyPageData } from '$lib/server/story-page-data';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { siteRoot } from '$lib/site-root';

export const entries = () => LANGUAGES.filter((l) => EDITION_PATH[l] !== '/').map((lang) => ({ lang }));

// url.origin is kit.prerender.origin (SITE_URL) while prerendering; siteRoot adds BASE_PATH.
export const load = ({ params, url }) => storyPageData(loadContent(), (params.lang ?? 'uz') as Lang, siteRoot(url));
