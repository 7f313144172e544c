import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbedChannel } from '$lib/embed/channel';
import { hostViewport } from '$lib/embed/hostViewport';
import type { ParentMessage, ParentPosition } from '$lib/embed/pym';

/** A pym parent that answers only when told to, so the test decides when the host "scrolls". */
function fakeChannel() {
	const listeners = new Set<(message: ParentMessage) => void>();
	const channel = {
		requestPosition: vi.fn(),
		scrollToChildPos: vi.fn(),
		onParentMessage(listener: (message: ParentMessage) => void) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
	const answer = (top: number, viewportHeight = 800) => {
		const position: ParentPosition = {
			viewportWidth: 1280,
			viewportHeight,
			top,
			left: 0,
			bottom: top + 20000,
			right: 1280
		};
		for (const listener of listeners) listener({ type: 'viewport-iframe-position', position });
	};
	return { channel: channel as unknown as EmbedChannel, answer };
}

describe('the host viewport inside an auto-height frame', () => {
	beforeEach(() => {
		vi.stubGlobal('window', {
			innerWidth: 1280,
			innerHeight: 20000,
			scrollY: 0,
			screen: { availHeight: 800 },
			addEventListener: vi.fn(),
			removeEventListener: vi.fn()
		});
		vi.stubGlobal('requestAnimationFrame', () => 1);
		vi.stubGlobal('cancelAnimationFrame', () => {});
	});
	afterEach(() => vi.unstubAllGlobals());

	it('tells every subscriber that the host scrolled, not only the first', () => {
		const { channel, answer } = fakeChannel();
		const viewport = hostViewport(channel);
		// The page subscribes twice: the graphic follows the screen, the tracker picks the step.
		const graphicMoves = vi.fn();
		const trackerMoves = vi.fn();
		viewport.subscribe(graphicMoves, vi.fn());
		viewport.subscribe(trackerMoves, vi.fn());

		answer(-3000);
		answer(-6000);
		expect(graphicMoves).toHaveBeenCalledTimes(2);
		expect(trackerMoves).toHaveBeenCalledTimes(2);
		expect(viewport.rect()).toEqual({ top: 6000, height: 800, width: 1280 });

		// The same answer again is not a move.
		answer(-6000);
		expect(trackerMoves).toHaveBeenCalledTimes(2);
	});

	it('reports a change of the host screen size as a resize to every subscriber', () => {
		const { channel, answer } = fakeChannel();
		const viewport = hostViewport(channel);
		const resized = [vi.fn(), vi.fn()];
		for (const onResize of resized) viewport.subscribe(vi.fn(), onResize);
		answer(-100, 800);
		answer(-100, 600);
		for (const onResize of resized) expect(onResize).toHaveBeenCalledTimes(1);
		expect(viewport.rect().height).toBe(600);
	});
});
