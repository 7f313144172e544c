import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/compile/csv';
import { compileTables, figureResolver } from '../../../src/lib/data/compile/tables';
import { DOWNLOAD_NAMES, downloadFiles } from '../../../src/lib/data/downloads';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { RESEARCH_EVENT_IDS, RESEARCH_SOURCE_URLS } from './fixtures/research';

const dataDir = join(import.meta.dirname, '../../../data');
const files = Object.fromEntries(
	readdirSync(dataDir)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => [`data/${f}`, readFileSync(join(dataDir, f), 'utf8')])
);
const { dataset, problems } = compileTables(files);
const bundle = bundleJson as unknown as Bundle;

describe('the dataset in data/', () => {
	it('compiles without problems', () => {
		expect(problems).toEqual([]);
	});

	it('keeps every research event', () => {
		expect(RESEARCH_EVENT_IDS).toHaveLength(87);
		const ids = new Set(dataset.events.map((e) => e.id));
		expect(RESEARCH_EVENT_IDS.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('keeps every research source (as a source URL or an alternate copy)', () => {
		const urls = new Set(dataset.sources.flatMap((s) => [s.url, ...s.alternates]));
		expect(RESEARCH_SOURCE_URLS.filter((u) => !urls.has(u))).toEqual([]);
	});

	it('gives every event at least one known source and known places', () => {
		const sources = new Set(dataset.sources.map((s) => s.id));
		const places = new Set(dataset.places.map((p) => p.id));
		for (const e of dataset.events) {
			expect(e.sources.length, e.id).toBeGreaterThan(0);
			expect(e.sources.every((s) => sources.has(s)), e.id).toBe(true);
			expect(e.places.every((p) => places.has(p)), e.id).toBe(true);
		}
	});

	it('resolves the figures the story leans on', () => {
		const resolve = figureResolver(dataset);
		expect(resolve('displaced@2018-07-04#people_displaced_current')).toMatchObject({ low: 285000, high: 325000 });
		expect(resolve('sweida_toll@2018-07-30')).toMatchObject({ value: 250, bound: 'at-least' });
		expect(resolve('sweida_hostages@2018-11-08#hostages_freed')).toMatchObject({ value: 19 });
		for (const claim of dataset.claims) {
			for (const ref of claim.series) expect(resolve(ref), ref).not.toHaveProperty('error');
		}
	});
});

describe('downloads', () => {
	const downloads = downloadFiles({ dataset, record: bundle.record }, 'https://graphics.example.org/deraa-2018/data/');

	it('offers every file', () => {
		expect(Object.keys(downloads).sort()).toEqual([...DOWNLOAD_NAMES].sort());
	});

	const tables = [
		['events.csv', 'id', dataset.events.map((e) => e.id)],
		['places.csv', 'id', dataset.places.map((p) => p.id)],
		['sources.csv', 'id', dataset.sources.map((s) => s.id)],
		['series.csv', 'series', dataset.series.map((s) => s.series)],
		['control.csv', 'place', dataset.control.map((c) => c.place)],
		['claims.csv', 'id', dataset.claims.map((c) => c.id)]
	] as const;
	for (const [name, key, expected] of tables) {
		it(`${name} has one row per record, in order`, () => {
			const table = parseCsv(downloads[name].body);
			expect(table.errors).toEqual([]);
			const column = table.header.indexOf(key);
			expect(table.records.map((r) => r.cells[column])).toEqual(expected);
		});
	}

	it('round-trips the tables: the downloaded CSVs compile to the same dataset', () => {
		const again = compileTables(
			Object.fromEntries(
				['events', 'places', 'sources', 'control', 'claims'].map((t) => [
					`data/${t}.csv`,
					downloads[`${t}.csv` as (typeof DOWNLOAD_NAMES)[number]].body
				])
			)
		);
		// series.csv adds a date_precision column, so it is compared through the JSON instead
		expect(again.dataset.events).toEqual(dataset.events);
		expect(again.dataset.places).toEqual(dataset.places);
		expect(again.dataset.sources).toEqual(dataset.sources);
		expect(again.dataset.control).toEqual(dataset.control);
	});

	it('dataset.json and events.json are the bundle', () => {
		expect(JSON.parse(downloads['dataset.json'].body)).toEqual(dataset);
		expect(JSON.parse(downloads['events.json'].body)).toEqual(dataset.events);
	});

	it('the README names the places licence', () => {
		expect(downloads['README.txt'].body).toMatch(/ODbL/);
		expect(downloads['README.txt'].body).toMatch(/© OpenStreetMap contributors/);
	});
});
