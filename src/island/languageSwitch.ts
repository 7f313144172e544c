/**
 * The language switch (a link per other edition) sits in the masthead, so a reader scrolls back up to reach it: it
 * keeps the step or the section after the story they were last in. Returns what to call
 * with the active step (null outside the steps).
 */
export function followLanguageSwitch(): (slug: string | null) => void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')].map(
		(link) => ({ link, base: link.getAttribute('href') ?? '' })
	);
	let step: string | null = null;
	let section: string | null = null;
	let last: string | null = null;
	const update = () => {
		const current = step ?? section;
		if (current) last = current;
		for (const { link, base } of links) link.setAttribute('href', last ? `${base}#${last}` : base);
	};

	const targets = [...document.querySelectorAll<HTMLElement>('[data-section]')];
	const observer = new IntersectionObserver(
		() => {
			// The section whose top has passed the upper third of the screen is the current one.
			const line = innerHeight / 3;
			const current = targets.filter((t) => t.getBoundingClientRect().top <= line).at(-1);
			section = current && current.getBoundingClientRect().bottom > 0 ? current.id : null;
			update();
		},
		{ threshold: [0, 0.25, 0.5, 0.75, 1], rootMargin: '0px 0px -66% 0px' }
	);
	for (const target of targets) observer.observe(target);
	return (slug) => {
		step = slug;
		update();
	};
}
