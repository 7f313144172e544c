import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import southJson from '../../../data/geo/south-syria.topo.json';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { mapData } from '$lib/server/mapData';

const bundle = bundleJson as unknown as Bundle;
const south = southJson as unknown as Topology;
const governorates = (
	feature(south, south.objects.adm1 as GeometryCollection) as unknown as {
		features: Feature<Geometry, { id: string; name_en: string }>[];
	}
).features;
const byName = new Map(governorates.map((g) => [g.properties.name_en, g]));

/** Points the geo research put on the Syria–Jordan line on purpose (SOURCES.md, "Derived points"). */
const ON_THE_BORDER = new Set([
	'al-wahda-dam',
	'nasib-crossing',
	'ramtha-crossing',
	'jordanian-border'
]);

/** Points 1 km around a coordinate (1 km ≈ 0.009° of latitude). */
function ring(lon: number, lat: number, km: number): [number, number][] {
	const dLat = km / 111.2;
	const dLon = dLat / Math.cos((lat * Math.PI) / 180);
	return Array.from({ length: 16 }, (_, i) => {
		const a = (i / 16) * 2 * Math.PI;
		return [lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)];
	});
}

describe('places on the map', () => {
	const located = bundle.dataset.places.filter(
		(p) => p.lon !== null && p.lat !== null && !p.off_map
	);

	it('puts every located place inside its governorate', () => {
		const checked: string[] = [];
		const outside: string[] = [];
		for (const p of located) {
			const gov = byName.get(p.governorate);
			if (!gov) continue; // Jordan, Israel… are not governorates of this map.
			checked.push(p.id);
			const at: [number, number] = [p.lon!, p.lat!];
			const inside = ON_THE_BORDER.has(p.id)
				? ring(p.lon!, p.lat!, 1).some((q) => geoContains(gov, q))
				: geoContains(gov, at);
			if (!inside) outside.push(`${p.id} (${p.governorate})`);
		}
		expect(checked.length).toBeGreaterThan(80);
		expect(outside).toEqual([]);
	});

	it('projects every located place inside the drawing frame, and no unlocated one', () => {
		const data = mapData(bundle);
		const ids = new Set(data.places.map((p) => p.id));
		for (const p of data.places) {
			expect(p.x, p.id).toBeGreaterThanOrEqual(0);
			expect(p.x, p.id).toBeLessThanOrEqual(data.frame);
			expect(p.y, p.id).toBeGreaterThanOrEqual(0);
			expect(p.y, p.id).toBeLessThanOrEqual(data.frame);
		}
		const unlocated = bundle.dataset.places.filter((p) => p.lon === null);
		expect(unlocated.length).toBeGreaterThan(0);
		for (const p of unlocated) expect(ids.has(p.id), p.id).toBe(false);
		for (const p of located) if (p.governorate === 'Daraa') expect(ids.has(p.id), p.id).toBe(true);
	});

	it('gives every territory cell a located place with a control row', () => {
		const data = mapData(bundle);
		const controlled = new Set(data.control.map((r) => r.place));
		expect(data.cells.length).toBeGreaterThan(50);
		for (const cell of data.cells) expect(controlled.has(cell.id), cell.id).toBe(true);
	});
});
