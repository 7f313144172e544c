import type { MapData } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import type { StepState } from '$story/types';
import { buildScene } from './build';
import type { LabelPlacement } from './placement';
import type { Scene } from './types';

/**
 * A step's map state as a string: two states with the same key draw the same scene
 * (for one edition), so it keys the memo below and the placements shipped with the page.
 */
export function sceneKey(state: StepState): string {
	return [state.view, state.date, state.layers.join(','), state.highlight.join(',')].join('|');
}

interface Memo {
	scenes: Map<string, { scene: Scene; placement: LabelPlacement }>;
	/** One object for each distinct marker, label, arrow or cell colour, by content. */
	parts: Map<string, object>;
}

/** Scenes already drawn, per map data: a step shown again costs nothing. */
const memos = new WeakMap<MapData, Memo>();
const MAX_SCENES = 256;

/**
 * The scene with every part that an earlier scene already had replaced by that
 * earlier object: the page's keyed lists then see the markers, labels and cells a
 * step change leaves alone as unchanged, and update only the others.
 */
function shareParts(scene: Scene, parts: Map<string, object>): Scene {
	const share = <T extends object>(kind: string, part: T): T => {
		const key = `${kind}:${JSON.stringify(part)}`;
		const known = parts.get(key) as T | undefined;
		if (known) return known;
		parts.set(key, part);
		return part;
	};
	const cellControl: Scene['cellControl'] = new Map();
	for (const [id, c] of scene.cellControl) cellControl.set(id, share('cell', c));
	return {
		...scene,
		markers: scene.markers.map((m) => share('marker', m)),
		labels: scene.labels.map((l) => share('label', l)),
		arrows: scene.arrows.map((a) => share('arrow', a)),
		cellControl
	};
}

function memoScene(
	data: MapData,
	state: StepState,
	locale: Locale,
	placement?: LabelPlacement
): { scene: Scene; placement: LabelPlacement } {
	let memo = memos.get(data);
	if (!memo) memos.set(data, (memo = { scenes: new Map(), parts: new Map() }));
	const key = `${locale}|${sceneKey(state)}`;
	let entry = memo.scenes.get(key);
	if (!entry) {
		const built = buildScene(data, state, locale, placement);
		if (memo.scenes.size >= MAX_SCENES) {
			memo.scenes.clear();
			memo.parts.clear();
		}
		entry = { scene: shareParts(built.scene, memo.parts), placement: built.placement };
		memo.scenes.set(key, entry);
	}
	return entry;
}

/**
 * The scene of a step. `placement`, when given, is where the labels went (from
 * labelPlacement for the same data, state and locale: the server ships one per
 * step); without it, or if it does not fit, the labels are placed here. Either way
 * the scene is the same, and it is kept for the next time the step is shown.
 */
export function mapScene(
	data: MapData,
	state: StepState,
	locale: Locale,
	placement?: LabelPlacement
): Scene {
	return memoScene(data, state, locale, placement).scene;
}

/** Where the labels of a step's scene go, to ship with the page (see LabelPlacement). */
export function labelPlacement(data: MapData, state: StepState, locale: Locale): LabelPlacement {
	return memoScene(data, state, locale).placement;
}
