// Lint: JavaScript and TypeScript (typescript-eslint), Svelte (eslint-plugin-svelte),
// no import cycles anywhere (import-x/no-cycle), and the graphics' boundary:
// src/lib/graphics/ draws from plain props and imports nothing of the story.
// Formatting is Prettier's job (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import svelteParser from 'svelte-eslint-parser';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'shots/', 'static/'] },
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
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [
				createTypeScriptImportResolver({ project: '.svelte-kit/tsconfig.json', extensions: ['.ts', '.js', '.svelte'] })
			],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': { 'svelte-eslint-parser': ['.svelte'], '@typescript-eslint/parser': ['.ts'] }
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
