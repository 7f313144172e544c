import type { EmbedChannel } from '$lib/embed/channel';
import type { HostViewport } from '$lib/embed/hostViewport';

/** How long to wait for the host to say where its screen is before drawing each step's graphic. */
const POSITION_WAIT_MS = 1500;

/**
 * Inside a frame the host page scrolls, not the frame, so sticky cannot stick: the graphic
 * and the step controls follow the host's screen down the story by transform, and the
 * story's screen height (`--screen`) is the host's. Returns what stops following.
 */
export function followHost(scrolly: HTMLElement, host: HostViewport): () => void {
	const moving = [
		...scrolly.querySelectorAll<HTMLElement>(':scope > .nav, :scope > .graphic-column')
	];
	const column = scrolly.querySelector<HTMLElement>(':scope > .graphic-column');
	scrolly.classList.add('hosted');
	const place = () => {
		const screen = host.rect();
		scrolly.style.setProperty('--screen', `${Math.round(screen.height)}px`);
		if (!column || scrolly.classList.contains('flat')) return;
		const box = scrolly.getBoundingClientRect();
		const follow = Math.max(0, Math.min(screen.top - box.top, box.height - column.offsetHeight));
		for (const element of moving) element.style.transform = `translateY(${follow}px)`;
	};
	place();
	return host.subscribe(place, place);
}

/**
 * A frame sized to its content whose host never says where its screen is (an AMP or
 * Embedly host) cannot follow the reader: after a wait each step then carries its own
 * graphic (`flat`). A frame that scrolls itself (a plain fixed-height iframe) still has a
 * usable viewport; a slow host that answers late gets the scrolled layout back.
 */
export function watchForFlat(
	channel: EmbedChannel,
	host: HostViewport,
	onFlat: (flat: boolean) => void
): () => void {
	let waited = false;
	let flat = false;
	const set = (next: boolean) => {
		if (next !== flat) onFlat((flat = next));
	};
	const decide = () => {
		const sizedToContent = document.documentElement.scrollHeight <= window.innerHeight + 2;
		if (waited && !host.hasPosition() && sizedToContent) set(true);
	};
	const timer = setTimeout(() => {
		waited = true;
		decide();
	}, POSITION_WAIT_MS);
	// The host may size the frame after the wait, so the check runs again on each resize.
	window.addEventListener('resize', decide);
	const stop = channel.onParentMessage((message) => {
		if (message.type === 'viewport-iframe-position') set(false);
	});
	return () => {
		clearTimeout(timer);
		window.removeEventListener('resize', decide);
		stop();
	};
}
