// Lint: JavaScript and TypeScript (typescript-eslint), Svelte (eslint-plugin-svelte),
// and the graphics' boundary: src/lib/graphics/ draws from plain props and imports
// nothing of the story. Import cycles (type-only imports included) are found by
// tests/unit/imports.test.ts, which reads the same graph as scripts/import-graph.mjs.
// Formatting is Prettier's job (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'shots/',
			'static/',
			// Local scratch (git-ignored).
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// The graphics take plain props: nothing from the story, its content or its languages.
		files: ['src/lib/graphics/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/story',
								'$lib/story/*',
								'$lib/content',
								'$lib/content/*',
								'$lib/i18n',
								'$lib/i18n/*',
								'**/story/*',
								'**/content/*',
								'**/i18n/*'
							],
							message: 'src/lib/graphics/ draws from plain props: pass what it needs from the story instead.'
						}
					]
				}
			]
		}
	}
);
