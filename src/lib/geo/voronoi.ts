import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon, type Ring } from 'polygon-clipping';
import { FRAME } from './projection';

export interface Seed {
	id: string;
	x: number;
	y: number;
}

export interface TerritoryCell {
	/** The place whose control colours this cell. */
	id: string;
	/** SVG path in projected units. */
	d: string;
}

/** A circle as a polygon ring (clockwise on screen, as polygon-clipping accepts either). */
function circle(x: number, y: number, r: number, sides = 24): Ring {
	const ring: Ring = [];
	for (let i = 0; i < sides; i++) {
		const a = (2 * Math.PI * i) / sides;
		ring.push([x + r * Math.cos(a), y + r * Math.sin(a)]);
	}
	ring.push(ring[0]!);
	return ring;
}

/** "M1.2 3.4L5 6Z…" with one decimal: about 26 m in the story projection. */
export function multiPolygonPath(mp: MultiPolygon): string {
	const n = (v: number) => String(Math.round(v * 10) / 10);
	let d = '';
	for (const polygon of mp) {
		for (const ring of polygon) {
			ring.slice(0, -1).forEach(([x, y], i) => {
				d += `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`;
			});
			d += 'Z';
		}
	}
	return d;
}

/**
 * Approximate territory: the Voronoi cell of each located settlement, cut to a
 * radius around it (so a town with no located neighbours does not claim a whole
 * district) and to `land` (the southern governorates without the occupied Golan).
 * Computed once on the server; the client only colours the cells by date.
 */
export function territoryCells(
	seeds: readonly Seed[],
	land: MultiPolygon,
	radius: number
): TerritoryCell[] {
	// Two places at one coordinate (a placeholder point) share the first one's cell.
	const unique: Seed[] = [];
	const seen = new Set<string>();
	for (const s of seeds) {
		const key = `${s.x.toFixed(1)},${s.y.toFixed(1)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		unique.push(s);
	}
	const delaunay = Delaunay.from(
		unique,
		(s) => s.x,
		(s) => s.y
	);
	const voronoi = delaunay.voronoi([0, 0, FRAME, FRAME]);
	const cells: TerritoryCell[] = [];
	unique.forEach((seed, i) => {
		const polygon = voronoi.cellPolygon(i);
		if (!polygon) return;
		const clipped = polygonClipping.intersection(
			[polygon as Ring],
			[circle(seed.x, seed.y, radius)],
			land
		);
		if (clipped.length > 0) cells.push({ id: seed.id, d: multiPolygonPath(clipped) });
	});
	return cells;
}
