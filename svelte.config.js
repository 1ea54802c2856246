import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { assetsUrl, basePath, buildDir, siteOrigin } from './src/lib/site.js';
import { cspDirectives } from './src/lib/csp.js';

// Where the site is written: build/ unless BUILD_DIR says otherwise (see src/lib/site.js).
const out = buildDir(process.env);
// The static files' origin when they are served from a CDN (ASSETS_URL), allowed by the CSP.
const assets = assetsUrl(process.env);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain HTML; there is no server at run time.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// A second build into another folder keeps its own working files, so it never mixes with build/'s.
		outDir: out === 'build' ? '.svelte-kit' : `.svelte-kit-${out}`,
		// The sub-path the story is served from (BASE_PATH) and the address of its static files (ASSETS_URL).
		paths: { base: basePath(process.env), assets },
		// Every page's Content-Security-Policy, in a <meta> with the hashes of its inline scripts (src/lib/csp.js).
		csp: { mode: 'hash', directives: cspDirectives(assets ? [new URL(assets).origin] : []) },
		// The page's stylesheets (about 18 KB in all, 5 KiB gzip) go inline: no render-blocking request.
		inlineStyleThreshold: 24 * 1024,
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
