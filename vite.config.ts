import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { eagerCompile } from './scripts/eagerCompile.js';
import { publicAddressPlugin } from './scripts/publicAddress.js';

export default defineConfig({
	plugins: [publicAddressPlugin(), sveltekit(), eagerCompile()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
