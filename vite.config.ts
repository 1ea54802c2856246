import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin as PostcssPlugin } from 'postcss';
import { MEDIA } from './src/lib/layout.js';

/** Expands `@media (--wide)` and `@media (--narrow)` to the widths in src/lib/layout.js. */
const customMedia: PostcssPlugin = {
	postcssPlugin: 'layout-custom-media',
	AtRule: {
		media(rule) {
			rule.params = rule.params.replace(/\(--(wide|narrow)\)/g, (_, name: 'wide' | 'narrow') => MEDIA[name]);
		}
	}
};

export default defineConfig({
	plugins: [sveltekit()],
	css: { postcss: { plugins: [customMedia] } },
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
