import pym from 'pym.js';
import type { EmbedChannel } from './channel';

/**
 * Keeps the host's frame as tall as the embed. Under a pym.js parent that is pym's own
 * child (`pym.Child`), which posts a measured height at once, on every `width` message
 * and whenever we ask; we ask on every change of the content's size. Nothing here waits
 * for a paint or for the frame to be on screen: a frame far below the host's fold, on
 * another origin, is never painted. AMP and Embedly hosts hear the same height through
 * the channel. Returns what stops it.
 */
export function reportFrameHeight(channel: EmbedChannel, content: HTMLElement): () => void {
	if (!channel.framed) return () => {};
	// Only with an id a pym parent gave us (checked by childParams); pym reads the same one.
	const child = channel.params.id ? new pym.Child({ polling: 0 }) : null;
	const send = () => {
		child?.sendHeight();
		channel.postHeight(content.getBoundingClientRect().height);
	};
	send();
	const observer = new ResizeObserver(send);
	observer.observe(content);
	// ResizeObserver is not run in a frame that is never painted; a resize of the frame
	// (the host changing its width) is.
	window.addEventListener('resize', send);
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', send);
		child?.remove();
	};
}
