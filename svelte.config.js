import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { siteOrigin } from './src/lib/site.js';
import { cspDirectives } from './src/lib/csp.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain HTML; there is no server at run time.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Every page's Content-Security-Policy, in a <meta> with the hashes of its inline scripts (src/lib/csp.js).
		csp: { mode: 'hash', directives: cspDirectives() },
		prerender: {
			// The public address (SITE_URL; see src/lib/site.js): pages read it as url.origin while prerendering.
			origin: siteOrigin(process.env),
			// A broken link or anchor in the story stops the build rather than shipping.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
