import { defineConfig } from 'vitest/config';

/** Checks on the built site (build/): run after `npm run build` by `npm run test:build`. */
export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		// The Nu Html Checker starts a JVM; give it time on a busy 2-core machine.
		testTimeout: 120_000
	}
});
