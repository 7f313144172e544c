/**
 * The story page's explore sections, loaded when the explorer comes near (see
 * ../exploreNear.ts): the map on any day, following `#map-<day>` links from now on, and
 * the town search after it.
 */
import { startExplorer } from './explorer';
import { activateFindTown } from './findTown';

/** `opened`: the fragment the page opened with, kept before anything could rewrite it. */
export async function startLive(root: HTMLElement, opened: string): Promise<void> {
	activateFindTown();
	const show = await startExplorer(root);
	// A link followed since (a step's map link) wins over the one the page opened with.
	show(location.hash.startsWith('#map-') ? location.hash : opened);
	addEventListener('hashchange', () => show(location.hash));
}
