import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import southJson from '../../../data/geo/south-syria.topo.json';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { mapData } from '$lib/server/mapData';
import { wholeName } from '$geo/scene';

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
		for (const p of located) {
			if (p.governorate !== 'Daraa') continue;
			// A part of a place (a district on its city's point) is drawn with its whole.
			if (p.part_of) {
				expect(ids.has(p.id), p.id).toBe(false);
				const whole = data.places.find((w) => w.id === p.part_of);
				expect(
					whole?.parts?.map((q) => q.id),
					p.id
				).toContain(p.id);
			} else expect(ids.has(p.id), p.id).toBe(true);
		}
	});

	it('draws at least 118 places: each located one on its point, or as part of its whole', () => {
		const data = mapData(bundle);
		const drawn = data.places.length + data.places.flatMap((p) => p.parts ?? []).length;
		// 99 before the places located in places-located-more.csv were added.
		expect(drawn).toBeGreaterThanOrEqual(118);
		const located = bundle.dataset.places.filter(
			(p) => p.lon !== null && p.lat !== null && !p.off_map && p.kind !== 'region'
		);
		const ids = new Set([
			...data.places.map((p) => p.id),
			...data.places.flatMap((p) => p.parts ?? []).map((p) => p.id)
		]);
		expect(located.filter((p) => !ids.has(p.id)).map((p) => p.id)).toEqual([]);
	});

	it('never draws a marker on top of another: parts of a place have no marker of their own', () => {
		const data = mapData(bundle);
		const parts = bundle.dataset.places.filter((p) => p.part_of);
		expect(parts.map((p) => p.id)).toEqual(
			expect.arrayContaining(['daraa-al-mahatta', 'al-manshiyah-daraa'])
		);
		for (const p of parts)
			expect(
				data.places.some((q) => q.id === p.id),
				p.id
			).toBe(false);
	});

	it('names a part with its whole when a step names it: Daraa (incl. al-Manshiyah)', () => {
		const daraa = mapData(bundle).places.find((p) => p.id === 'daraa')!;
		expect(wholeName(daraa, new Set(), 'en')).toBe('Daraa');
		expect(wholeName(daraa, new Set(['al-manshiyah-daraa']), 'en')).toBe(
			'Daraa (incl. al-Manshiyah)'
		);
		expect(wholeName(daraa, new Set(['daraa-al-mahatta', 'al-manshiyah-daraa']), 'fr')).toBe(
			'Deraa (avec Deraa al-Mahatta, al-Manshiyah)'
		);
	});

	it('marks every estimated or derived point as approximate', () => {
		const data = mapData(bundle);
		const approx = new Set(
			bundle.dataset.places.filter((p) => p.confidence === 'approx').map((p) => p.id)
		);
		for (const p of data.places) expect(p.approx, p.id).toBe(approx.has(p.id));
		expect(data.places.filter((p) => p.approx && p.marked).length).toBeGreaterThan(10);
	});

	it('gives every territory cell a located place with a control row', () => {
		const data = mapData(bundle);
		const controlled = new Set(data.control.map((r) => r.place));
		expect(data.cells.length).toBeGreaterThan(50);
		for (const cell of data.cells) expect(controlled.has(cell.id), cell.id).toBe(true);
	});
});
