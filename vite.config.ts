import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { Plugin as PostcssPlugin } from 'postcss';
import { MEDIA } from './src/lib/layout.js';
import { colourProperties } from './src/lib/tokens.js';
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

/** Writes the story's colours (src/lib/tokens.ts) where src/app.css says `@colours;`: one source for CSS, canvas and cards. */
const colourTokens: PostcssPlugin = {
	postcssPlugin: 'colour-tokens',
	AtRule: {
		colours(rule, { Declaration }) {
			rule.replaceWith(
				colourProperties().map((line) => {
					const [prop, value] = line.replace(/;$/, '').split(/:\s*/);
					// With the at-rule's source, so the stylesheet's source map (and Vite) know where they come from.
					return new Declaration({ prop, value, source: rule.source });
				})
			);
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

/**
 * In the browser bundle only, d3-scale's imports of d3-format (tick formatting,
 * which the timeline does itself), and d3-interpolate's and LayerCake's of
 * d3-color (colour interpolation: the scales map numbers; LayerCake's `debug`
 * console print, never switched on) resolve to stubs in src/lib/trims/ that
 * fail loudly if ever called: about 6 KiB gzip less JavaScript to start.
 * The server render, the share cards and any direct import get the real modules.
 */
const TRIMS: Record<string, { importers: string[]; stub: string }> = {
	'd3-format': { importers: ['/d3-scale/'], stub: 'src/lib/trims/d3-format.js' },
	'd3-color': { importers: ['/d3-interpolate/', '/layercake/'], stub: 'src/lib/trims/d3-color.js' }
};
function trimD3(): Plugin {
	return {
		name: 'trim-d3',
		enforce: 'pre',
		resolveId(source, importer) {
			const trim = TRIMS[source];
			if (!trim || !trim.importers.some((i) => importer?.includes(i)) || this.environment?.name !== 'client')
				return null;
			return fileURLToPath(new URL(trim.stub, import.meta.url));
		}
	};
}

export default defineConfig({
	plugins: [fontSubsets(), trimD3(), sveltekit(), pymAsset()],
	css: { postcss: { plugins: [colourTokens, customMedia] } },
	// Font files stay files (Vite inlines assets under 4 KiB as data: URLs): preloaded, cached, fetched only if used.
	build: {
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
		// LayerCake's package.json does not say its modules are free of side effects, so its index
		// (which the timeline imports) kept every layout it re-exports in the first JavaScript: the
		// canvas layout, used only by the lazily loaded map, among them. They are free of them (its
		// components' styles, imported as `?svelte&type=style` modules, are not matched here and stay).
		rolldownOptions: { treeshake: { moduleSideEffects: (id) => !/\/layercake\/dist\/.+\.(js|svelte)$/.test(id) } }
	},
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
				// Checks of what the build wrote (npm run test:build, after npm run build).
				test: {
					name: 'build',
					environment: 'node',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 60_000
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
