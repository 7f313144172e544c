import type { PlaceKind } from '$lib/data/types';
import type { MapData, MapPlace } from '$lib/server/mapData';
import type { PlaceControl } from '../control';
import { toFrame, type ViewTransform } from '../views';
import type { StepFocus } from './focus';
import type { SceneMarker } from './types';

/** Importance of a kind of place, lower first: who keeps a shared spot, whose label goes first. */
export const KIND_RANK: Record<PlaceKind, number> = {
	city: 0,
	crossing: 1,
	town: 2,
	camp: 3,
	village: 4,
	hill: 5,
	base: 5,
	landmark: 6,
	region: 7,
	valley: 7
};

const MARKER_RADIUS: Partial<Record<PlaceKind, number>> = { city: 5, town: 4, crossing: 4 };

/** Whether a point in FRAME units lies on the square, give or take `slack`. */
export function inFrame([x, y]: [number, number], frame: number, slack: number): boolean {
	return x >= -slack && x <= frame + slack && y >= -slack && y <= frame + slack;
}

/** Markers: every located settlement near the view (wide stages show beyond the square). */
export function sceneMarkers(
	data: MapData,
	focus: StepFocus,
	transform: ViewTransform,
	control: ReadonlyMap<string, PlaceControl> | null
): SceneMarker[] {
	const { named, highlighted, eventOf } = focus;
	const markers: SceneMarker[] = [];
	// One marker per spot: placeholder points share a coordinate (Sijneh sits on Daraa
	// al-Balad); the place the step is about, else the more important kind, keeps it.
	// Places the step names keep their own marker even on a shared spot (the Omari
	// mosque stands in Daraa al-Balad): the reader is told about both.
	const rank = (p: MapPlace) => (highlighted.has(p.id) ? 0 : 10) + KIND_RANK[p.kind];
	const bySpot = new Map<string, MapPlace>();
	const ownSpot: MapPlace[] = [];
	for (const p of data.places) {
		if (!p.marked) continue;
		if (named.has(p.id)) {
			ownSpot.push(p);
			continue;
		}
		const spot = `${Math.round(p.x)},${Math.round(p.y)}`;
		const other = bySpot.get(spot);
		if (!other || rank(p) < rank(other)) bySpot.set(spot, p);
	}
	const taken = new Set(ownSpot.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
	const spots = [...bySpot.entries()]
		.filter(([spot, p]) => !taken.has(spot) || highlighted.has(p.id))
		.map(([, p]) => p);
	// Drawn last, so the named places' markers sit on top.
	for (const p of [...spots, ...ownSpot]) {
		const [fx, fy] = toFrame([p.x, p.y], transform);
		if (!inFrame([fx, fy], data.frame, data.frame * 0.45)) continue;
		const c = control?.get(p.id);
		markers.push({
			id: p.id,
			fx,
			fy,
			x: p.x,
			y: p.y,
			radius: MARKER_RADIUS[p.kind] ?? 3.5,
			controller: c?.controller ?? null,
			disputed: c?.disputed ?? false,
			highlighted: highlighted.has(p.id),
			ringed: named.has(p.id) || eventOf.has(p.id),
			approx: p.approx
		});
	}
	return markers;
}
