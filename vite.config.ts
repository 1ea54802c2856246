import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { Plugin as PostcssPlugin } from 'postcss';
import { MEDIA } from './src/lib/layout.js';
import { fontSubsets } from './scripts/fonts.mjs';

/** Expands `@media (--wide)` and `@media (--narrow)` to the widths in src/lib/layout.js. */
const customMedia: PostcssPlugin = {
	postcssPlugin: 'layout-custom-media',
	AtRule: {
		media(rule) {
			rule.params = rule.params.replace(/\(--(wide|narrow)\)/g, (_, name: 'wide' | 'narrow') => MEDIA[name]);
		}
	}
};

/**
 * Serves pym.js's parent script from our own site at /pym.v1.min.js (the pym
 * embed code loads it from there): copied from node_modules/pym.js into the
 * client build, which adapter-static copies to build/; served as is by `vite dev`.
 */
const PYM_FILE = 'pym.v1.min.js';
function pymAsset(): Plugin {
	const source = () => readFileSync(createRequire(import.meta.url).resolve(`pym.js/dist/${PYM_FILE}`), 'utf8');
	return {
		name: 'pym-asset',
		configureServer(server) {
			server.middlewares.use(`/${PYM_FILE}`, (_req, res) => {
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(source());
			});
		},
		generateBundle(options) {
			// Only the client build (the server build's files are not published).
			if (this.environment?.name === 'client' || options.dir?.includes('client'))
				this.emitFile({ type: 'asset', fileName: PYM_FILE, source: source() });
		}
	};
}

export default defineConfig({
	plugins: [fontSubsets(), sveltekit(), pymAsset()],
	css: { postcss: { plugins: [customMedia] } },
	// Font files stay files (Vite inlines assets under 4 KiB as data: URLs): preloaded, cached, fetched only if used.
	build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				// Svelte's client build, not its server build, for components in jsdom.
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
