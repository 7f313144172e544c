/**
 * V8's explicit compile hint: a script that starts with this comment has every function
 * compiled while it streams in, off the main thread. The browser bundle is small and
 * nearly all of it runs while the page hydrates; compiled lazily instead, each function
 * is compiled on the main thread the first time it is called, inside hydration, the
 * page's longest task. Browsers without the hint read a comment.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Chunks smaller than this (bytes of code) go without: compiled lazily they cost well
 * under a millisecond, and the hint itself is weight in each (a page loads a dozen such).
 */
export const EAGER_COMPILE_MIN_BYTES = 8 * 1024;

/**
 * Puts the hint at the very top of every browser chunk of at least EAGER_COMPILE_MIN_BYTES
 * (the only place V8 looks for it), after the other plugins, which may prepend code of
 * their own, have finished.
 *
 * @returns {import('vite').Plugin}
 */
export function eagerCompile() {
	return {
		name: 'eager-compile-hint',
		apply: 'build',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (this.environment.name !== 'client') return;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk' || chunk.code.length < EAGER_COMPILE_MIN_BYTES) continue;
					if (!chunk.code.startsWith(EAGER_COMPILE_HINT)) {
						chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
					}
				}
			}
		}
	};
}
