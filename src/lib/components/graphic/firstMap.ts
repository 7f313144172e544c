import type { GraphicsData } from '$lib/server/storyPage';
import type { Locale } from '$story/registry';
import type { StepState } from '$story/types';

/**
 * The sticky graphic's first map is prerendered as a part of its own and hydrated in a
 * task after the graphic's: hydrating the graphic with the map in it is one task long
 * enough to keep a phone from answering the reader. The server renders it from these
 * props and the browser hydrates it from the same ones, so the two agree.
 */
export function firstMapProps(graphics: GraphicsData, state: StepState, locale: Locale) {
	return { state, locale, data: graphics.map, labels: graphics.mapLabels, animate: false };
}

/** The element the server hook puts the first map in, and the browser hydrates. */
export const FIRST_MAP_SELECTOR = '[data-static-part="map"]';
