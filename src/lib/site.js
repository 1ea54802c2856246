// Where the site is published: the one setting behind every absolute URL
// (canonical, hreflang, og:url, og:image and the address on the share cards).
// svelte.config.js reads it at build time and hands it to SvelteKit as
// kit.prerender.origin; pages take it from their load's url.origin, which is
// that origin while prerendering (and is serialized into the page, so the
// browser never re-renders a head tag with another one).
// Plain JavaScript, so svelte.config.js imports it too.
// Usage: SITE_URL=https://story.example.org npm run build:production

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
