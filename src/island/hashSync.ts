import { slugFromHash } from '$lib/scroll/activeStep';

/**
 * Keeps the URL fragment on the active section without adding history entries (the
 * reader's back button leaves the story). Returns what to call with the section now
 * active (null above the first step or past the last).
 */
export function hashSync(slugs: readonly string[]) {
	/** The fragment as this page last saw or wrote it. */
	let known = location.hash;
	window.addEventListener('hashchange', () => (known = location.hash));
	return (wanted: string | null) => {
		// The address changed under us (a link, the reader, back or forward) and its jump is
		// still to come: it wins over a step the tracker has not yet moved away from.
		if (location.hash !== known) return;
		const current = slugFromHash(location.hash, slugs);
		if (current === wanted) return;
		// Foreign fragments (a CMS's `#?secret=…`) are left alone until the reader enters the steps.
		if (!wanted && !current) return;
		history.replaceState(
			history.state,
			'',
			wanted ? `#${wanted}` : location.pathname + location.search
		);
		known = location.hash;
	};
}
