/**
 * The site's root address, for absolute URLs made on the server: SITE_URL's
 * origin and BASE_PATH (kit.paths.base), no trailing slash, e.g.
 * https://news.example.org/graphics/voronkov. Call it in a load function or an
 * endpoint (resolve() reads the request being rendered; while prerendering,
 * url.origin is SITE_URL, see src/lib/site.js).
 * Usage: storyPageData(loadContent(), lang, siteRoot(url))
 */
import { resolve } from '$app/paths';

export const siteRoot = (url: URL): string => new URL(resolve('/'), url).href.replace(/\/$/, '');
