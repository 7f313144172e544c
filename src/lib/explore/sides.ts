import type { MapController } from '$geo/control';

/**
 * The four sides the explorer names (its contract: `data-control`): the map's
 * `reconciled` is "surrendered under a deal", `jkw` the IS affiliate. `contested` has no
 * side: a place in that state is drawn without one rather than given a guess.
 */
export const SIDES = ['government', 'deal', 'rebels', 'is'] as const;
export type Side = (typeof SIDES)[number];

const SIDE_OF: Record<MapController, Side | null> = {
	government: 'government',
	reconciled: 'deal',
	rebels: 'rebels',
	jkw: 'is',
	contested: null
};

export function sideOf(controller: MapController): Side | null {
	return SIDE_OF[controller];
}

/** The map's controller for a side (its colours and marker shapes are keyed by controller). */
export const CONTROLLER_OF: Record<Side, MapController> = {
	government: 'government',
	deal: 'reconciled',
	rebels: 'rebels',
	is: 'jkw'
};
