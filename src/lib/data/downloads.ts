import type { Dataset, DatasetRecord } from './types';
import type { Locale } from '../story/registry';
import { toCsv } from './compile/csv';
import { CLAIM_COLUMNS } from './compile/claims';
import { tableRows, type Columns } from './compile/columns';
import { CONTROL_COLUMNS } from './compile/control';
import { CORRECTION_COLUMNS } from './compile/corrections';
import { RELEASE_COLUMNS } from './compile/releases';
import { dataPackage } from './datapackage';
import { EVENT_COLUMNS } from './compile/events';
import { PLACE_COLUMNS } from './compile/places';
import { SERIES_COLUMNS } from './compile/series';
import { SOURCE_COLUMNS } from './compile/sources';

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
	'corrections.csv',
	'releases.csv',
	'datapackage.json',
	'README.txt'
] as const;
export type DownloadName = (typeof DOWNLOAD_NAMES)[number];

export interface DownloadFile {
	type: string;
	body: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Every download, from the compiled bundle. `homepage` is the /data/ page's published
 * address, which datapackage.json and the citation name.
 */
export function downloadFiles(
	{ dataset, record }: { dataset: Dataset; record: DatasetRecord },
	homepage: string
): Record<DownloadName, DownloadFile> {
	const csv = <Rec>(columns: Columns<Rec>, records: readonly Rec[]): DownloadFile => {
		const { header, rows } = tableRows(columns, records);
		return { type: CSV, body: toCsv(header, rows) };
	};
	const files = {
		'dataset.json': { type: JSON_TYPE, body: JSON.stringify(dataset, null, 1) },
		'events.json': { type: JSON_TYPE, body: JSON.stringify(dataset.events, null, 1) },
		'events.csv': csv(EVENT_COLUMNS, dataset.events),
		'places.csv': csv(PLACE_COLUMNS, dataset.places),
		'sources.csv': csv(SOURCE_COLUMNS, dataset.sources),
		'series.csv': csv(SERIES_COLUMNS, dataset.series),
		'control.csv': csv(CONTROL_COLUMNS, dataset.control),
		'claims.csv': csv(CLAIM_COLUMNS, dataset.claims),
		'corrections.csv': csv(CORRECTION_COLUMNS, record.corrections),
		'releases.csv': csv(RELEASE_COLUMNS, record.releases),
		'README.txt': { type: 'text/plain; charset=utf-8', body: readme(dataset, record, homepage) }
	};
	const bodies = Object.fromEntries(Object.entries(files).map(([name, f]) => [name, f.body]));
	const pkg = dataPackage(record, dataset, bodies, homepage);
	return { ...files, 'datapackage.json': { type: JSON_TYPE, body: JSON.stringify(pkg, null, 1) } };
}

/** The line a reader copies to cite the dataset (the reference of CITATION.cff), in each edition's words. */
export function citation(record: DatasetRecord, homepage: string, locale: Locale = 'en'): string {
	const { version, date } = record.current;
	const year = date.slice(0, 4);
	// The dataset's title stays as published; only the words around it follow the edition.
	const words: Record<Locale, string> = {
		en: `version ${version} of ${date} [data set]`,
		fr: `version ${version} du ${date} [jeu de données]`,
		ar: `الإصدار ${version} بتاريخ ${date} [مجموعة بيانات]`
	};
	return `Deraa 2018 graphics desk (${year}). Deraa 2018 dataset, ${words[locale]}. ${homepage}`;
}

function readme(d: Dataset, record: DatasetRecord, homepage: string): string {
	return `Deraa 2018 — the dataset behind the story
==========================================
Version ${record.current.version}, released ${record.current.date} (see releases.csv).

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
corrections.csv  Every correction and update: id, date, version (of the dataset
              that carries it), where (step:<story step>, figure:<series@date#unit>
              or claim:<claim id>), what_en, what_fr, why_en, why_fr, sources.
releases.csv  The dataset's changelog: version, date, changes; the last row is the
              current version. A corrected figure bumps the patch, a new table or
              column the minor.
datapackage.json  Frictionless Data Package (v2) describing every file here: fields,
              types, keys, licences.
claims.csv    Each claim of the AFP report of 31 July 2018 that the story checks:
              status (corroborated|partly|differs|not-found), the claim and what is
              known now in English, French and Arabic, related events, figures, sources.

Lists inside a cell are separated by ";". Figures in events are written
"name=VALUE unit (note)": 250 exact, ~250 about, >250 at least, <250 at most,
200-250 a range.

How to cite
-----------
${citation(record, homepage)}
Name the version: figures may be corrected in later versions (corrections.csv).
CITATION.cff in the story's repository carries the same reference.

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
