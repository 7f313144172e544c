import type { Dataset } from './types';
import { toCsv } from './compile/csv';
import { formatFigure } from './compile/figures';

/** The files readers can download from /data/, generated from the compiled dataset. */
export const DOWNLOAD_NAMES = [
	'dataset.json',
	'events.json',
	'events.csv',
	'places.csv',
	'sources.csv',
	'series.csv',
	'control.csv',
	'claims.csv',
	'README.txt'
] as const;
export type DownloadName = (typeof DOWNLOAD_NAMES)[number];

export interface DownloadFile {
	type: string;
	body: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const join = (values: readonly string[]) => values.join(';');
const num = (v: number | null) => (v === null ? '' : String(v));

export function downloadFiles(dataset: Dataset): Record<DownloadName, DownloadFile> {
	const events = toCsv(
		[
			'id',
			'date',
			'date_end',
			'date_confidence',
			'alt_dates',
			'places',
			'governorates',
			'type',
			'actors',
			'figures',
			'summary_en',
			'summary_fr',
			'summary_ar',
			'sources',
			'note'
		],
		dataset.events.map((e) => [
			e.id,
			e.date,
			e.date_end ?? '',
			e.date_confidence,
			join(e.alt_dates),
			join(e.places),
			join(e.governorates),
			e.type,
			join(e.actors),
			join(e.figures.map(formatFigure)),
			e.summary.en,
			e.summary.fr,
			e.summary.ar,
			join(e.sources),
			e.note
		])
	);
	const places = toCsv(
		[
			'id',
			'name_en',
			'name_fr',
			'name_ar',
			'alt_names',
			'lon',
			'lat',
			'kind',
			'off_map',
			'governorate',
			'coord_source',
			'confidence',
			'note',
			'part_of'
		],
		dataset.places.map((p) => [
			p.id,
			p.name.en,
			p.name.fr,
			p.name_ar,
			p.alt_names.join('|'),
			num(p.lon),
			num(p.lat),
			p.kind,
			p.off_map ? 'yes' : '',
			p.governorate,
			p.coord_source,
			p.confidence,
			p.note,
			p.part_of ?? ''
		])
	);
	const sources = toCsv(
		['id', 'publisher', 'via', 'date', 'url', 'alternates', 'kind', 'language', 'note'],
		dataset.sources.map((s) => [
			s.id,
			s.publisher,
			s.via,
			s.date ?? '',
			s.url,
			s.alternates.join(' '),
			s.kind,
			s.language,
			s.note
		])
	);
	const series = toCsv(
		['series', 'date', 'date_precision', 'value', 'low', 'high', 'unit', 'bound', 'qualifier', 'sources', 'note'],
		dataset.series.map((p) => [
			p.series,
			p.date,
			p.date_precision,
			num(p.value),
			num(p.low),
			num(p.high),
			p.unit,
			p.bound,
			p.qualifier ?? '',
			join(p.sources),
			p.note
		])
	);
	const control = toCsv(
		[
			'place',
			'controller_before',
			'date_changed',
			'controller_after',
			'how',
			'date_confidence',
			'alt_dates',
			'sources',
			'note',
			'confirmation',
			'claimed_by'
		],
		dataset.control.map((c) => [
			c.place,
			c.controller_before,
			c.date_changed ?? '',
			c.controller_after,
			c.how ?? '',
			c.date_confidence ?? '',
			join(c.alt_dates),
			join(c.sources),
			c.note,
			c.confirmation,
			c.claimed_by ?? ''
		])
	);
	const claims = toCsv(
		[
			'id',
			'number',
			'status',
			'date',
			'text_en',
			'text_fr',
			'text_ar',
			'now_en',
			'now_fr',
			'now_ar',
			'events',
			'series',
			'sources'
		],
		dataset.claims.map((c) => [
			c.id,
			String(c.number),
			c.status,
			c.date ?? '',
			c.text.en,
			c.text.fr,
			c.text.ar,
			c.now.en,
			c.now.fr,
			c.now.ar,
			join(c.events),
			join(c.series),
			join(c.sources)
		])
	);
	return {
		'dataset.json': { type: JSON_TYPE, body: JSON.stringify(dataset, null, 1) },
		'events.json': { type: JSON_TYPE, body: JSON.stringify(dataset.events, null, 1) },
		'events.csv': { type: CSV, body: events },
		'places.csv': { type: CSV, body: places },
		'sources.csv': { type: CSV, body: sources },
		'series.csv': { type: CSV, body: series },
		'control.csv': { type: CSV, body: control },
		'claims.csv': { type: CSV, body: claims },
		'README.txt': { type: 'text/plain; charset=utf-8', body: readme(dataset) }
	};
}

function readme(d: Dataset): string {
	return `Deraa 2018 — the dataset behind the story
==========================================

What happened in southern Syria in 2018 (Daraa, Quneitra, Sweida), as the story
tells it: every event, place, number and change of control, each with its sources.
Where sources disagree, every version is kept.

Files
-----
dataset.json  Everything below in one JSON file (${d.events.length} events, ${d.places.length} places,
              ${d.sources.length} sources, ${d.series.length} series points, ${d.control.length} control rows,
              ${d.claims.length} claims).
events.json   The events, as JSON.
events.csv    id, date, date_end (YYYY-MM-DD), date_confidence (exact|approx|disputed),
              alt_dates (other dates sources give), places (place ids), governorates,
              type, actors, figures, summary_en, summary_fr, summary_ar, sources (source ids), note.
places.csv    id, name_en, name_fr, name_ar, alt_names (|-separated), lon, lat (WGS84;
              empty when not located), kind, off_map (yes = outside the main map),
              governorate, coord_source, confidence (exact|approx|unknown), note,
              part_of (the place it is part of: drawn with it, no point of its own).
sources.csv   id, publisher, via (site carrying a copy of a wire story), date, url,
              alternates (other copies of the same story), kind (wire, monitor,
              un-humanitarian, government, opposition-media, pro-government-media,
              reference, media), language, note.
series.csv    series, date (YYYY-MM-DD, YYYY-MM or YYYY), date_precision, value, low,
              high, unit, bound (exact|at-least|at-most|range), sources, note.
              Contradictory figures are separate rows: filter on series and unit.
control.csv   place, controller_before, date_changed, controller_after
              (government|rebels|reconciled|jkw|contested; jkw = Khalid ibn al-Walid
              Army), how (deal|capture|handover|evacuation), date_confidence,
              alt_dates, sources, note.
claims.csv    Each claim of the AFP report of 31 July 2018 that the story checks:
              status (corroborated|partly|differs|not-found), the claim and what is
              known now in English, French and Arabic, related events, figures, sources.

Lists inside a cell are separated by ";". Figures in events are written
"name=VALUE unit (note)": 250 exact, ~250 about, >250 at least, <250 at most,
200-250 a range.

Caveats
-------
Casualty and displacement numbers come mostly from SOHR (a UK-based monitor) and
UN OCHA, and change as reports come in. Partisan outlets are tagged by kind;
treat their claims as claims. Some sources are copies of wire stories on
aggregator sites; copies of one story are one source.

Licences
--------
places.csv is an ODbL 1.0 database: its coordinates mix OpenStreetMap data
(© OpenStreetMap contributors, ODbL), GeoNames (CC BY 4.0) and Wikipedia
coordinates. Redistribute it under ODbL with the credit
"© OpenStreetMap contributors; GeoNames (CC BY 4.0)".
The other tables (events, sources, series, control, claims, and dataset.json
apart from its places) are compiled by the Deraa 2018 team from the cited
sources and may be reused with credit ("Daraa 2018 dataset") under CC BY 4.0;
the cited articles remain their publishers' property.
`;
}
