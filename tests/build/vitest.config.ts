import { defineConfig } from 'vitest/config';

/** Checks on the built site (build/): run after `npm run build` by `npm run test:build`. */
export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		// The Nu Html Checker starts a JVM and reads every page: about a minute on an idle
		// 2-core machine, two under load.
		testTimeout: 300_000
	}
});
