import { EmbedChannel } from '$lib/embed/channel';
import { reportFrameHeight } from '$lib/embed/frameHeight';
import { hostViewport } from '$lib/embed/hostViewport';
import { followHost, watchForFlat } from './embedHost';

/**
 * The whole-story embed's link to its host page, loaded only inside a frame (the story
 * page never needs pym.js): the frame reports its height at once and on every change,
 * and the host's viewport becomes the tracker's.
 */
export function connectHost(scrolly: HTMLElement) {
	const channel = new EmbedChannel();
	const host = hostViewport(channel);
	const frame = document.querySelector<HTMLElement>('[data-embed-frame]');
	if (frame) reportFrameHeight(channel, frame);
	followHost(scrolly, host);
	return {
		viewport: host,
		/** Calls `onFlat` when the frame must fall back to (or leave) the flat layout. */
		watchForFlat: (onFlat: (flat: boolean) => void) => watchForFlat(channel, host, onFlat)
	};
}
