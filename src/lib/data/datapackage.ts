import type { Dataset, DatasetRecord } from './types';
import { fields, type Columns } from './compile/columns';
import { CLAIM_COLUMNS } from './compile/claims';
import { CONTROL_COLUMNS } from './compile/control';
import { CORRECTION_COLUMNS } from './compile/corrections';
import { EVENT_COLUMNS } from './compile/events';
import { PLACE_COLUMNS } from './compile/places';
import { RELEASE_COLUMNS } from './compile/releases';
import { SERIES_COLUMNS } from './compile/series';
import { SOURCE_COLUMNS } from './compile/sources';

/** The dataset's licences: the places table mixes OpenStreetMap data, so it is offered under the ODbL. */
const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
const ODBL = { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License 1.0' };

interface Table {
	name: string;
	title: string;
	description: string;
	columns: Columns<never>;
	primaryKey?: string[];
	foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
	licenses?: (typeof CC_BY)[];
}

/** Every CSV download, keyed by file name: what datapackage.json says of it beside its columns. */
export const TABLES: Record<string, Table> = {
	'events.csv': {
		name: 'events',
		title: 'Events',
		description: 'What happened, one row per event, with dates, places, actors, figures and sources.',
		columns: EVENT_COLUMNS,
		primaryKey: ['id']
	},
	'places.csv': {
		name: 'places',
		title: 'Places',
		description: 'Places and their coordinates; a place that could not be located has none (never guessed).',
		columns: PLACE_COLUMNS,
		primaryKey: ['id'],
		foreignKeys: [{ fields: ['part_of'], reference: { fields: ['id'] } }],
		licenses: [ODBL]
	},
	'sources.csv': {
		name: 'sources',
		title: 'Sources',
		description: 'Every source cited, with the site that carried the copy we read.',
		columns: SOURCE_COLUMNS,
		primaryKey: ['id']
	},
	'series.csv': {
		name: 'series',
		title: 'Figures by date',
		description: 'Numbers by date, one row per source: contradictory figures are separate rows; filter on series and unit.',
		columns: SERIES_COLUMNS
	},
	'control.csv': {
		name: 'control',
		title: 'Control of places',
		description: 'Who held each place, and when and how that changed.',
		columns: CONTROL_COLUMNS,
		foreignKeys: [{ fields: ['place'], reference: { resource: 'places', fields: ['id'] } }]
	},
	'claims.csv': {
		name: 'claims',
		title: 'Claims checked',
		description: 'Each claim of the AFP report of 31 July 2018 that the story checks, and what is known now.',
		columns: CLAIM_COLUMNS,
		primaryKey: ['id']
	},
	'corrections.csv': {
		name: 'corrections',
		title: 'Corrections and updates',
		description: 'Every correction to the story and the dataset: when, what changed, where, why and on what source.',
		columns: CORRECTION_COLUMNS,
		primaryKey: ['id'],
		foreignKeys: [{ fields: ['version'], reference: { resource: 'releases', fields: ['version'] } }]
	},
	'releases.csv': {
		name: 'releases',
		title: 'Changelog',
		description: 'The dataset’s versions, oldest first; the last row is the current version.',
		columns: RELEASE_COLUMNS,
		primaryKey: ['version']
	}
};

/** The other downloads: not tables, listed so the package names every file. */
const FILES: Record<string, { name: string; title: string; format: string; mediatype: string; description: string }> = {
	'dataset.json': {
		name: 'dataset-json',
		title: 'The whole dataset as JSON',
		format: 'json',
		mediatype: 'application/json',
		description: 'Events, places, sources, series, control and claims in one JSON file, as the story reads them.'
	},
	'events.json': {
		name: 'events-json',
		title: 'Events as JSON',
		format: 'json',
		mediatype: 'application/json',
		description: 'The events, with their figures parsed.'
	},
	'README.txt': {
		name: 'readme',
		title: 'Read me',
		format: 'txt',
		mediatype: 'text/plain',
		description: 'Every column explained, how to cite, the licences.'
	}
};

/** Bytes of a file as served (UTF-8). */
const bytes = (body: string) => new TextEncoder().encode(body).length;

/**
 * datapackage.json (Frictionless Data Package v2) describing every download, its fields
 * taken from the same column definitions the compile validates with and the downloads
 * write, so the description cannot drift from the files.
 */
export function dataPackage(
	record: DatasetRecord,
	dataset: Dataset,
	bodies: Record<string, string>,
	homepage: string
) {
	const { version, date } = record.current;
	const tables = Object.entries(TABLES).map(([path, t]) => ({
		name: t.name,
		type: 'table',
		path,
		title: t.title,
		description: t.description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		bytes: bytes(bodies[path] ?? ''),
		...(t.licenses ? { licenses: t.licenses } : {}),
		schema: {
			fields: fields(t.columns),
			...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
			...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {})
		}
	}));
	const files = Object.entries(FILES).map(([path, f]) => ({
		...f,
		path,
		encoding: 'utf-8',
		bytes: bytes(bodies[path] ?? '')
	}));
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'deraa-2018',
		title: 'Deraa 2018 dataset',
		description:
			`What happened in southern Syria in 2018 (Daraa, Quneitra, Sweida), as the story tells it: ` +
			`${dataset.events.length} events, ${dataset.places.length} places, ${dataset.sources.length} sources, ` +
			`${dataset.series.length} dated figures, ${dataset.control.length} changes of control and ` +
			`${dataset.claims.length} checked claims. Where sources disagree, every version is kept.`,
		version,
		created: `${date}T00:00:00Z`,
		homepage,
		keywords: ['Syria', 'Daraa', 'Quneitra', 'Sweida', '2018', 'conflict', 'displacement'],
		contributors: [{ title: 'Deraa 2018 graphics desk', roles: ['author', 'publisher'] }],
		licenses: [CC_BY],
		sources: [
			{ title: 'Public reporting, cited row by row (sources.csv)', path: 'sources.csv' },
			{ title: 'Place coordinates: © OpenStreetMap contributors (ODbL)' },
			{ title: 'Place coordinates: GeoNames (CC BY 4.0)' }
		],
		resources: [...tables, ...files]
	};
}
