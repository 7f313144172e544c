import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/generated/', 'test-results/', 'playwright-report/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'd3-selection', message: 'Svelte owns the DOM; use D3 for math only.' }] }
			],
			'svelte/no-at-html-tags': 'error',
			// Links are relative (the build runs under any base path) or point to sources elsewhere.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
