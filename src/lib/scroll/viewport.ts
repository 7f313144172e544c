/**
 * Where the reader's screen is, as the step tracker sees it. On the story page it
 * is the window. Inside an auto-height iframe the host page scrolls, not the
 * frame, so the window says nothing useful; the embed supplies a viewport that
 * knows where the host's screen is over the frame.
 */

/** The visible area, in the client coordinates getBoundingClientRect uses. */
export interface ViewportRect {
	top: number;
	height: number;
	/** Width that decides phone or desktop layout. */
	width: number;
}

export interface Viewport {
	/** 'window': the document scrolls and sticky works. 'host': a host page scrolls a frame that does not. */
	readonly kind: 'window' | 'host';
	rect(): ViewportRect;
	/**
	 * Calls `onMove` whenever the visible area may have moved and `onResize` when its
	 * size changed; returns a function that stops listening.
	 */
	subscribe(onMove: () => void, onResize: () => void): () => void;
	/** Brings an element to where a reader of it wants it (its scroll margin below the top). */
	scrollTo(element: HTMLElement, smooth: boolean): void;
}

export const windowViewport: Viewport = {
	kind: 'window',
	rect() {
		// visualViewport follows the mobile address bar; innerHeight lags behind it.
		return {
			top: 0,
			height: window.visualViewport?.height ?? window.innerHeight,
			width: window.innerWidth
		};
	},
	subscribe(onMove, onResize) {
		const visual = window.visualViewport;
		window.addEventListener('scroll', onMove, { passive: true });
		window.addEventListener('load', onMove);
		window.addEventListener('resize', onResize);
		window.addEventListener('orientationchange', onResize);
		visual?.addEventListener('resize', onResize);
		return () => {
			window.removeEventListener('scroll', onMove);
			window.removeEventListener('load', onMove);
			window.removeEventListener('resize', onResize);
			window.removeEventListener('orientationchange', onResize);
			visual?.removeEventListener('resize', onResize);
		};
	},
	scrollTo(element, smooth) {
		element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
	}
};
