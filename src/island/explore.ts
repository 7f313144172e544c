/**
 * The explore island's entry, on the story pages and the place pages: small on purpose.
 * It shows the town search box and loads its combobox on the box's first focus or input,
 * and loads the map explorer when its section comes near the screen or a `#map-<day>`
 * link is followed. A reader who uses neither downloads neither (nor their data).
 */

for (const box of document.querySelectorAll<HTMLElement>('[data-find-town]')) {
	const panel = box.querySelector<HTMLElement>('[data-find-box]');
	const input = panel?.querySelector<HTMLInputElement>('input[role="combobox"]');
	if (!panel || !input) continue;
	panel.hidden = false;
	const start = () => {
		input.removeEventListener('focus', start);
		input.removeEventListener('input', start);
		void import('./explore/combobox').then(({ attachCombobox }) => attachCombobox(box, input));
	};
	input.addEventListener('focus', start);
	input.addEventListener('input', start);
}

const root = document.querySelector<HTMLElement>('[data-explore-root]');
if (root) {
	let loading: Promise<(hash: string | null) => void> | null = null;
	const load = () =>
		(loading ??= import('./explore/explorer').then(({ startExplorer }) => startExplorer(root)));
	// The explorer checks the day itself (a real day in range); this file stays small, since
	// every story page loads it.
	const follow = () => {
		// The fragment as followed: the story's own hash keeper may rewrite it while this loads.
		const hash = location.hash;
		if (hash.startsWith('#map-')) void load().then((show) => show(hash));
	};
	follow();
	window.addEventListener('hashchange', follow);
	const near = new IntersectionObserver(
		(entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				near.disconnect();
				void load().then((show) => show(null));
			}
		},
		{ rootMargin: '800px 0px' }
	);
	near.observe(root);
}
