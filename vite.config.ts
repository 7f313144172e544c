import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { island } from './scripts/island.js';
import { publicAddressPlugin } from './scripts/publicAddress.js';

export default defineConfig({
	plugins: [publicAddressPlugin(), sveltekit(), island()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
