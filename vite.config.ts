import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { eagerCompile } from './scripts/eagerCompile.js';

export default defineConfig({
	plugins: [sveltekit(), eagerCompile()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
