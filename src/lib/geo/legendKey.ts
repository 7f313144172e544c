import type { MapController } from './control';
import type { Scene } from './scene';

/** Key order: the four sides are always keyed so colours mean the same on every step. */
const KEY_ORDER: MapController[] = ['government', 'reconciled', 'rebels', 'jkw', 'contested'];

/** Controllers the map key lists for a scene ("contested" only when something is). */
export function keyedControllers(scene: Scene): MapController[] {
	const shown = new Set<MapController>([
		...scene.markers.flatMap((m) => (m.controller ? [m.controller] : [])),
		...[...scene.cellControl.values()].map((c) => c.controller)
	]);
	return KEY_ORDER.filter((c) => c !== 'contested' || shown.has(c));
}

/** Whether a marker on the stage square stands on an estimated point (the key explains the halo). */
export function sceneHasApprox(scene: Scene, frame: number): boolean {
	return scene.markers.some(
		(m) => m.approx && m.fx >= 0 && m.fx <= frame && m.fy >= 0 && m.fy <= frame
	);
}

/** Whether any marker or area on the map has a disputed date (the key explains the ring). */
export function sceneHasDisputed(scene: Scene): boolean {
	return (
		scene.markers.some((m) => m.disputed) || [...scene.cellControl.values()].some((c) => c.disputed)
	);
}
