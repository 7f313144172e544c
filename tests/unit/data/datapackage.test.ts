import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { parseCsv } from '../../../src/lib/data/compile/csv';
import { DOWNLOAD_NAMES, citation, downloadFiles } from '../../../src/lib/data/downloads';

const root = join(import.meta.dirname, '../../..');
const bundle = bundleJson as unknown as Bundle;
const HOMEPAGE = 'https://graphics.example.org/deraa-2018/data/';
const files = downloadFiles(bundle, HOMEPAGE);
const pkg = JSON.parse(files['datapackage.json'].body);

const schema = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', name), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// The profiles carry documentation keywords (propertyOrder, context…) that strict mode rejects.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validPackage = ajv.compile(schema('datapackage-2.0.json'));
const validCff = ajv.compile(schema('citation-cff-1.2.0.json'));

const errors = (valid: ReturnType<typeof ajv.compile>, value: unknown) =>
	valid(value) ? [] : (valid.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

interface Field {
	name: string;
	type: string;
	delimiter?: string;
	constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

/** Each cell of a CSV download checked against its field: what a Frictionless validator checks of a row. */
function cellProblems(field: Field, value: string): string[] {
	const c = field.constraints ?? {};
	if (value === '') return c.required ? ['is required'] : [];
	const problems: string[] = [];
	if (c.enum && !c.enum.includes(value)) problems.push(`"${value}" is not in the enum`);
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) problems.push(`"${value}" does not match ${c.pattern}`);
	if (field.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`"${value}" is not an integer`);
	if (field.type === 'number' && !Number.isFinite(Number(value))) problems.push(`"${value}" is not a number`);
	if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`"${value}" is not a date`);
	return problems;
}

describe('datapackage.json', () => {
	it('is a valid Frictionless Data Package (v2 profile)', () => {
		expect(errors(validPackage, pkg)).toEqual([]);
	});

	it('fails the profile when it is broken', () => {
		const broken = (change: (p: typeof pkg) => void) => {
			const copy = structuredClone(pkg);
			change(copy);
			return errors(validPackage, copy);
		};
		expect(broken((p) => delete p.resources)).not.toEqual([]);
		expect(broken((p) => (p.resources[0].schema.fields[0].type = 'text'))).not.toEqual([]);
		expect(broken((p) => (p.licenses = [{ title: 'no name or path' }]))).not.toEqual([]);
		expect(broken((p) => (p.resources[0].schema.primaryKey = 'id; name'))).toEqual([]); // a string key is allowed…
		expect(broken((p) => (p.resources[0].path = '../events.csv'))).not.toEqual([]); // …a path out of the package is not
	});

	it('lists every download but itself', () => {
		const paths = pkg.resources.map((r: { path: string }) => r.path).sort();
		expect(paths).toEqual(DOWNLOAD_NAMES.filter((n) => n !== 'datapackage.json').sort());
	});

	it('carries the dataset version of data/releases.csv and its licences', () => {
		expect(pkg.version).toBe(bundle.record.current.version);
		expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(pkg.licenses.map((l: { name: string }) => l.name)).toEqual(['CC-BY-4.0']);
		const places = pkg.resources.find((r: { name: string }) => r.name === 'places');
		expect(places.licenses.map((l: { name: string }) => l.name)).toEqual(['ODbL-1.0']);
	});

	const tables = pkg.resources.filter((r: { type?: string }) => r.type === 'table');
	for (const resource of tables) {
		it(`${resource.path}: header, cells, keys and bytes match the schema`, () => {
			const body = files[resource.path as (typeof DOWNLOAD_NAMES)[number]].body;
			expect(resource.bytes).toBe(Buffer.byteLength(body));
			const table = parseCsv(body);
			const fields: Field[] = resource.schema.fields;
			expect(table.header).toEqual(fields.map((f) => f.name));
			const problems: string[] = [];
			for (const record of table.records) {
				fields.forEach((field, i) => {
					const cell = record.cells[i] ?? '';
					const items = field.type === 'list' && cell !== '' ? cell.split(field.delimiter ?? ',') : [cell];
					for (const p of items.flatMap((v) => cellProblems(field, v))) problems.push(`line ${record.line} ${field.name}: ${p}`);
				});
			}
			expect(problems).toEqual([]);
			const column = (name: string) => table.records.map((r) => r.cells[table.header.indexOf(name)]!);
			for (const key of [resource.schema.primaryKey ?? [], ...fields.filter((f) => f.constraints?.unique).map((f) => [f.name])]) {
				if (key.length === 0) continue;
				const values = table.records.map((r) => key.map((k: string) => r.cells[table.header.indexOf(k)]).join('\u0000'));
				expect(new Set(values).size, `${key} is unique`).toBe(values.length);
			}
			for (const fk of resource.schema.foreignKeys ?? []) {
				const target = fk.reference.resource ? tables.find((t: { name: string }) => t.name === fk.reference.resource) : resource;
				const targetTable = parseCsv(files[target.path as (typeof DOWNLOAD_NAMES)[number]].body);
				const known = new Set(targetTable.records.map((r) => r.cells[targetTable.header.indexOf(fk.reference.fields[0])]));
				const dangling = column(fk.fields[0]).filter((v) => v !== '' && !known.has(v));
				expect(dangling, `${resource.path} ${fk.fields[0]} -> ${target.path}`).toEqual([]);
			}
		});
	}
});

describe('how to cite', () => {
	const cff = parseYaml(readFileSync(join(root, 'CITATION.cff'), 'utf8'));

	it('CITATION.cff is valid CFF 1.2.0', () => {
		expect(errors(validCff, cff)).toEqual([]);
		expect(errors(validCff, { ...cff, 'cff-version': '1.2', authors: [] })).not.toEqual([]);
	});

	it('CITATION.cff names the current version and its release date', () => {
		expect(cff.version).toBe(bundle.record.current.version);
		// YAML reads an unquoted date as a Date
		expect(new Date(cff['date-released']).toISOString().slice(0, 10)).toBe(bundle.record.current.date);
	});

	it('README.txt gives the citation with the version and the address', () => {
		const line = citation(bundle.record, HOMEPAGE);
		expect(line).toContain(`version ${bundle.record.current.version}`);
		expect(line).toContain(HOMEPAGE);
		expect(files['README.txt'].body).toContain(line);
	});
});
