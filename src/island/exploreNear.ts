/**
 * The story page's explore sections (the map on any day, the town search just after it)
 * cost its first load only this: their code loads when the explorer comes near the
 * screen, which a cold `#map-<day>` link or a step's "see this day on the map" also does,
 * since every such day has an anchor in the section. Part of the story's island: a file of
 * its own cost more than the story's JavaScript budget had left.
 */
const root = document.querySelector<HTMLElement>('[data-explore-root]');
if (root) {
	// The last `#map-<day>` followed (or the one the page opened with): the story's own hash
	// keeper may rewrite the address before the explorer has loaded.
	let hash = location.hash;
	addEventListener('hashchange', () => {
		if (location.hash.startsWith('#map-')) hash = location.hash;
	});
	const near = new IntersectionObserver(
		(entries) => {
			if (entries[0]!.isIntersecting) {
				near.disconnect();
				void import('./explore/live').then((m) => m.startLive(root, () => hash));
			}
		},
		{ rootMargin: '800px' }
	);
	near.observe(root);
}
