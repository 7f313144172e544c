import { mapScene, sceneKey } from '$geo/scene';
import type { GraphicsData } from '$lib/server/storyPage';
import type { Locale } from './registry';
import type { StepState } from './types';

/** Lets the browser run what is waiting (a frame, an input) before the next piece of work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Builds the map scene the page hydrates with, in a task of its own before hydration.
 * Hydration is one task a reader's tap can wait behind; the scene (projected markers,
 * territory cells, label placement) is a large part of it on a phone, and it is kept
 * by state (mapScene's memo), so the graphic then finds it built. The first step is
 * the one prerendered, and the one hydrated, whatever section the link opens at.
 */
export async function prepareFirstScene(
	graphics: GraphicsData,
	steps: readonly { state: StepState }[],
	locale: Locale
): Promise<void> {
	const state = steps[0]?.state;
	if (import.meta.env.SSR || state?.graphic !== 'map') return;
	await yieldToBrowser();
	mapScene(graphics.map, state, locale, graphics.mapLabels?.[sceneKey(state)]);
	await yieldToBrowser();
}
