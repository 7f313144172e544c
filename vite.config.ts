import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { island } from './scripts/island.js';

export default defineConfig({
	plugins: [sveltekit(), island()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
