/**
 * Runs `run` when the browser is next idle (after 200 ms where there is no
 * requestIdleCallback); returns what cancels it. Work done ahead of a step (charts
 * drawn, map scenes built) goes through here so it never competes with scrolling.
 */
export function whenIdle(run: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run);
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 200);
	return () => clearTimeout(handle);
}
