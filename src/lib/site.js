// Where the site is published: the one setting behind every absolute URL
// (canonical, hreflang, og:url, og:image and the address on the share cards).
// svelte.config.js reads it at build time and hands it to SvelteKit as
// kit.prerender.origin; pages take it from their load's url.origin, which is
// that origin while prerendering (and is serialized into the page, so the
// browser never re-renders a head tag with another one).
// Plain JavaScript, so svelte.config.js imports it too.
// Usage: SITE_URL=https://story.example.org npm run build:production
//
// Where under that origin the story lives, and where its static files are
// served from, are two more settings: BASE_PATH (kit.paths.base, e.g.
// /graphics/voronkov) and ASSETS_URL (kit.paths.assets, an absolute URL such
// as https://cdn.example.org/voronkov); BUILD_DIR writes the build elsewhere
// than build/. See docs/deployment.md.

/** The e2e server's address: local builds point their absolute URLs here. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4173';

/**
 * The site's origin from the environment. SITE_URL must be an http(s) origin
 * (no path: the story is served from the root of its host). A production build
 * (DEPLOY=production, which `npm run build:production` sets) without it fails,
 * so no deployed page points its previews at localhost.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteOrigin(env) {
	const value = env.SITE_URL?.trim();
	if (!value) {
		if (env.DEPLOY === 'production')
			throw new Error(
				'SITE_URL is not set. A production build needs the public address of the site for its link previews, ' +
					'e.g. SITE_URL=https://story.example.org npm run build:production'
			);
		return LOCAL_ORIGIN;
	}
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL must be an address such as https://story.example.org, got "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`SITE_URL must be an http(s) origin without a path, such as https://story.example.org, got "${value}"`
		);
	return url.origin;
}

/**
 * The path under SITE_URL the story is served from (kit.paths.base), from
 * BASE_PATH: "" (the root, the default) or a path such as /graphics/voronkov,
 * starting with a slash and without a trailing one (a trailing slash is
 * dropped), with no query, fragment, dot segments or characters that would need escaping.
 * @param {Record<string, string | undefined>} env
 * @returns {'' | `/${string}`}
 */
export function basePath(env) {
	const value = env.BASE_PATH?.trim().replace(/\/+$/, '') ?? '';
	if (value === '') return '';
	if (!/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/.test(value) || /\/\.\.?(\/|$)/.test(value))
		throw new Error(
			`BASE_PATH must be a path such as /graphics/voronkov (a slash, then letters, digits, . _ ~ -), got "${value}"`
		);
	return /** @type {`/${string}`} */ (value);
}

/**
 * The absolute address the static files (static/, fonts, scripts, styles, map
 * data) are served from (kit.paths.assets), from ASSETS_URL: "" (with the
 * pages, the default) or an http(s) URL without a trailing slash, query or
 * fragment, such as https://cdn.example.org/voronkov.
 * @param {Record<string, string | undefined>} env
 * @returns {'' | `http://${string}` | `https://${string}`}
 */
export function assetsUrl(env) {
	const value = env.ASSETS_URL?.trim().replace(/\/+$/, '') ?? '';
	if (value === '') return '';
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`ASSETS_URL must be an absolute address such as https://cdn.example.org/voronkov, got "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash || value.includes('?') || value.includes('#'))
		throw new Error(
			`ASSETS_URL must be an http(s) address without a query or fragment, such as https://cdn.example.org/voronkov, got "${value}"`
		);
	return /** @type {`http://${string}` | `https://${string}`} */ (value);
}

/**
 * The folder the static site is written to, from BUILD_DIR (default build/),
 * so a second build (e.g. the base-path test's) does not overwrite the first.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function buildDir(env) {
	const value = env.BUILD_DIR?.trim().replace(/\/+$/, '') || 'build';
	if (!/^[A-Za-z0-9._-]+$/.test(value) || value === '.' || value === '..')
		throw new Error(`BUILD_DIR must be a folder name in the project such as build-base, got "${value}"`);
	return value;
}
