/**
 * The explore island's loader: the place pages' entry, and part of the story's island
 * (src/island/story.ts imports it: a file of its own cost the story page more than its
 * JavaScript budget had left). As small as it can be. It shows the
 * town search box and loads its combobox on the box's first focus (typing needs focus),
 * and loads the map explorer when its section comes near the screen or a `#map-<day>`
 * link is followed. A reader who uses neither downloads neither (nor their data).
 */

for (const box of document.querySelectorAll<HTMLElement>('[data-find-town]')) {
	const input = box.querySelector('input')!;
	// The box's panel (hidden without script, when the link to every place stands in).
	input.parentElement!.hidden = false;
	input.addEventListener(
		'focus',
		() => void import('./explore/combobox').then((m) => m.attachCombobox(box, input)),
		{ once: true }
	);
}

const root = document.querySelector<HTMLElement>('[data-explore-root]');
if (root) {
	let explorer: Promise<(hash: string | null) => void> | undefined;
	// The explorer checks the day itself (a real day in range), so this file stays small.
	const show = (hash: string | null) =>
		void (explorer ??= import('./explore/explorer').then((m) => m.startExplorer(root))).then((go) =>
			go(hash)
		);
	// The fragment as followed: the story's own hash keeper may rewrite it while this loads.
	const follow = () => location.hash.startsWith('#map-') && show(location.hash);
	follow();
	addEventListener('hashchange', follow);
	const near = new IntersectionObserver(
		(entries) => {
			if (entries[0]!.isIntersecting) {
				near.disconnect();
				show(null);
			}
		},
		{ rootMargin: '800px' }
	);
	near.observe(root);
}
