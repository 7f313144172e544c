import type { Viewport, ViewportRect } from '$lib/scroll/viewport';
import type { EmbedChannel } from './channel';
import type { ParentPosition } from './pym';

/** How long after the last movement we keep asking every frame before slowing down. */
const HOT_MS = 1200;
/** How often to ask while nothing moves: enough to notice the first scroll quickly. */
const IDLE_MS = 200;

export interface HostViewport extends Viewport {
	/** True once a pym parent has said where its screen is. */
	hasPosition(): boolean;
}

/**
 * The host page's screen as seen from inside an auto-height iframe. A default
 * `pym.Parent` answers `parentPositionInfo` with its viewport size and our frame's
 * box, but does not send it on scroll unless asked to track scrolling, so we ask:
 * every frame while things move (or the reader touches the frame), a few times a
 * second otherwise. Until the first answer the frame's own window stands in,
 * capped at the device screen so an auto-height frame cannot grow itself in a loop.
 */
export function hostViewport(channel: EmbedChannel): HostViewport {
	let position: ParentPosition | null = null;

	const rect = (): ViewportRect => {
		if (!position) {
			return {
				top: 0,
				height: Math.min(window.innerHeight, window.screen?.availHeight || 800),
				width: window.innerWidth
			};
		}
		// The frame's top is `position.top` below the host's viewport top; client
		// coordinates inside the frame also move if the frame itself scrolls.
		return {
			top: -position.top - window.scrollY,
			height: position.viewportHeight,
			width: window.innerWidth
		};
	};

	return {
		kind: 'host',
		rect,
		hasPosition: () => position !== null,
		subscribe(onMove, onResize) {
			let hotUntil = performance.now() + HOT_MS;
			let lastAsked = 0;
			let frame = 0;
			const heat = () => (hotUntil = performance.now() + HOT_MS);
			const tick = (now: number) => {
				if (now < hotUntil || now - lastAsked >= IDLE_MS) {
					lastAsked = now;
					channel.requestPosition();
				}
				frame = requestAnimationFrame(tick);
			};
			frame = requestAnimationFrame(tick);

			// What this subscriber last saw: `position` is shared by every subscriber, and the
			// first one to hear a message has already stored it by the time the next one does.
			let seen = position;
			const stopListening = channel.onParentMessage((message) => {
				if (message.type !== 'viewport-iframe-position') return;
				const previous = seen;
				const next = message.position;
				position = next;
				seen = next;
				if (
					previous &&
					previous.top === next.top &&
					previous.viewportHeight === next.viewportHeight &&
					previous.viewportWidth === next.viewportWidth
				)
					return;
				heat();
				const resized =
					previous !== null &&
					(previous.viewportHeight !== next.viewportHeight ||
						previous.viewportWidth !== next.viewportWidth);
				if (resized) onResize();
				else onMove();
			});
			// The reader scrolling the host over the frame reaches us as input events.
			const inputs = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
			for (const type of inputs) window.addEventListener(type, heat, { passive: true });
			// Our own size changes (pym resizing the frame) move content under the screen.
			const onFrameResize = () => {
				heat();
				onMove();
			};
			window.addEventListener('resize', onFrameResize);
			window.addEventListener('scroll', onMove, { passive: true });
			return () => {
				cancelAnimationFrame(frame);
				stopListening();
				for (const type of inputs) window.removeEventListener(type, heat);
				window.removeEventListener('resize', onFrameResize);
				window.removeEventListener('scroll', onMove);
			};
		},
		scrollTo(element, smooth) {
			if (!position) {
				element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
				return;
			}
			const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
			const y = element.getBoundingClientRect().top + window.scrollY - margin;
			// The next answer, asked for at once, says where the host really stopped.
			channel.scrollToChildPos(y);
		}
	};
}
