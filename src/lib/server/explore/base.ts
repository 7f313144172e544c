import { mapData } from '$lib/server/mapData';
import type { Rect } from '$geo/views';
import { bundle } from './bundle';

/** The outlines under every explore map: the story map's own projected layers, fewer of them. */
export interface ExploreBase {
	/** The story's south view, [x0, y0, x1, y1] in the story map's frame. */
	rect: Rect;
	syria: string;
	neighbours: string;
	governorates: string;
	borders: string;
	golan: string;
	lakes: string;
}

export function exploreBase(): ExploreBase {
	const { base, views } = mapData(bundle);
	return {
		rect: views.south.rect,
		syria: base.syria,
		neighbours: base.neighbours,
		governorates: base.governorates,
		borders: `${base.borders}${base.jordanBorder}`,
		golan: base.golan,
		lakes: base.lakes
	};
}

/** A map marker: a located place the story map draws, projected. */
export interface ExplorePoint {
	id: string;
	x: number;
	y: number;
	approx: boolean;
}

/** Places the story map marks (settlements, crossings, hills…), projected once. */
export function explorePoints(): ExplorePoint[] {
	return mapData(bundle)
		.places.filter((p) => p.marked)
		.map((p) => ({ id: p.id, x: p.x, y: p.y, approx: p.approx }));
}
