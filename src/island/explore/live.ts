/**
 * The story page's explore sections, loaded when the explorer comes near (see
 * ../exploreNear.ts): the map on any day, following `#map-<day>` links from now on, and
 * the town search after it.
 */
import { startExplorer } from './explorer';
import { activateFindTown } from './findTown';

/** `followed`: the last `#map-<day>` followed, kept before anything could rewrite it. */
export async function startLive(root: HTMLElement, followed: () => string): Promise<void> {
	activateFindTown();
	const show = await startExplorer(root);
	show(followed());
	addEventListener('hashchange', () => show(location.hash));
}
