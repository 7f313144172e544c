import { z } from 'zod';
import type { Place } from '../types';
import type { Problem } from './problems';
import { COORD_CONFIDENCE, EXTENT, PLACE_KINDS, id } from './schemas';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { checkUnique, readTable } from './table';

export const PLACES_FILE = 'data/places.csv';
/** places.csv: one row per place; the download writes the same columns back. */
export const PLACE_COLUMNS = columnsOf<Place>()({
	id: { ...kind.id, description: 'Place id', constraints: { ...kind.id.constraints, unique: true }, cell: (p) => p.id },
	name_en: { ...kind.required('an English name'), description: 'Name in English', cell: (p) => p.name.en },
	name_fr: { ...kind.required('a French name'), description: 'Name in French', cell: (p) => p.name.fr },
	name_ar: { ...kind.text, description: 'Name in Arabic', cell: (p) => p.name_ar },
	alt_names: {
		...kind.text,
		type: 'list',
		delimiter: '|',
		itemType: 'string',
		parse: z.string().transform((s) =>
			s
				.split('|')
				.map((v) => v.trim())
				.filter(Boolean)
		),
		description: 'Other spellings, "|"-separated',
		cell: (p) => p.alt_names.join('|')
	},
	lon: { ...kind.number, unit: 'degree', description: 'Longitude, WGS84 (empty when not located)', cell: (p) => cell.orEmpty(p.lon) },
	lat: { ...kind.number, unit: 'degree', description: 'Latitude, WGS84 (empty when not located)', cell: (p) => cell.orEmpty(p.lat) },
	kind: { ...kind.choice(PLACE_KINDS), description: 'Kind of place', cell: (p) => p.kind },
	off_map: {
		...kind.optionalChoice(['yes']),
		parse: z
			.string()
			.trim()
			.pipe(z.enum(['', 'yes'], { message: 'must be empty or "yes"' })),
		description: `"yes" when the place lies outside the main map (lon ${EXTENT.west} to ${EXTENT.east}, lat ${EXTENT.south} to ${EXTENT.north})`,
		cell: (p) => (p.off_map ? 'yes' : '')
	},
	governorate: { ...kind.required('a governorate'), description: 'Governorate (or country, off the map)', cell: (p) => p.governorate },
	coord_source: {
		...kind.required('where the coordinates come from (or "not located")'),
		description: 'Where the coordinates come from, or "not located"',
		cell: (p) => p.coord_source
	},
	confidence: {
		...kind.choice(COORD_CONFIDENCE),
		description: 'How precise the point is: approx is our estimate, unknown means not located',
		cell: (p) => p.confidence
	},
	note: { ...kind.text, description: 'Editorial note', cell: (p) => p.note },
	part_of: {
		...kind.id,
		constraints: { pattern: kind.id.constraints.pattern },
		parse: z.union([z.literal(''), id]).transform((v) => v || null),
		description: 'The place this one is part of (an id in this table): drawn with it, no point of its own',
		cell: (p) => p.part_of ?? ''
	}
});

const schema = rowSchema(PLACE_COLUMNS);

export function inExtent(lon: number, lat: number): boolean {
	return lon >= EXTENT.west && lon <= EXTENT.east && lat >= EXTENT.south && lat <= EXTENT.north;
}

export function compilePlaces(files: Record<string, string>, problems: Problem[]): Place[] {
	const file = PLACES_FILE;
	const rows = readTable(files, file, inputColumns(PLACE_COLUMNS), schema, problems);
	checkUnique(rows, (d) => d.id, file, 'place id', problems);
	const places: Place[] = [];
	for (const { line, data: d } of rows) {
		const report = (message: string) => problems.push({ file, line, message });
		const offMap = d.off_map === 'yes';
		if ((d.lon === null) !== (d.lat === null)) report(`place "${d.id}": give both lon and lat, or neither`);
		else if (d.lon !== null && d.lat !== null) {
			if (d.lon < -180 || d.lon > 180 || d.lat < -90 || d.lat > 90) {
				report(`place "${d.id}": lon/lat ${d.lon}, ${d.lat} is not a coordinate`);
			} else if (!offMap && !inExtent(d.lon, d.lat)) {
				report(
					`place "${d.id}": ${d.lon}, ${d.lat} is outside the map extent ` +
						`(lon ${EXTENT.west}–${EXTENT.east}, lat ${EXTENT.south}–${EXTENT.north}); set off_map=yes if it really lies outside`
				);
			} else if (offMap && inExtent(d.lon, d.lat)) {
				report(`place "${d.id}": off_map=yes but ${d.lon}, ${d.lat} is inside the map extent`);
			}
			if (d.confidence === 'unknown') report(`place "${d.id}": has coordinates, so confidence cannot be "unknown"`);
		} else if (d.confidence !== 'unknown') {
			report(`place "${d.id}": no coordinates, so confidence must be "unknown"`);
		}
		places.push({
			id: d.id,
			// A place the Arabic press named nowhere we could read keeps its English
			// transliteration in the Arabic edition rather than a guessed spelling (docs/arabic-edition.md).
			name: { en: d.name_en, fr: d.name_fr, ar: d.name_ar || d.name_en },
			name_ar: d.name_ar,
			alt_names: d.alt_names,
			lon: d.lon,
			lat: d.lat,
			kind: d.kind,
			off_map: offMap,
			governorate: d.governorate,
			coord_source: d.coord_source,
			confidence: d.confidence,
			note: d.note,
			part_of: d.part_of
		});
	}
	checkParts(places, rows, problems);
	return places;
}

/**
 * A part of another place (a district of a city, a dam by its town) has no point of its
 * own: the map draws it as part of that place. It must name a located place that is not
 * itself a part, and sit within 3 km of it (the research puts parts on the parent's point).
 */
function checkParts(
	places: Place[],
	rows: { line: number; data: { id: string } }[],
	problems: Problem[]
): void {
	const byId = new Map(places.map((p) => [p.id, p]));
	places.forEach((p, i) => {
		if (!p.part_of) return;
		const report = (message: string) =>
			problems.push({ file: PLACES_FILE, line: rows[i]!.line, message: `place "${p.id}": ${message}` });
		const parent = byId.get(p.part_of);
		if (!parent) return report(`part_of "${p.part_of}" is not a place id`);
		if (parent.id === p.id || parent.part_of) return report(`part_of "${p.part_of}" must be a place that is not itself a part`);
		if (parent.lon === null || parent.lat === null) return report(`part_of "${p.part_of}" has no coordinates`);
		if (p.lon !== null && p.lat !== null) {
			const km = Math.hypot((p.lon - parent.lon) * 111.3 * Math.cos((p.lat * Math.PI) / 180), (p.lat - parent.lat) * 111.3);
			if (km > 3) report(`is ${km.toFixed(1)} km from "${parent.id}", its whole (at most 3 km)`);
		}
	});
}
