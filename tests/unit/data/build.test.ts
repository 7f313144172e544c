import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/lib/data/build';
import { LOCALES } from '../../../src/lib/story/registry';
import { setCell, toFiles, validTables } from './fixtures/tables';

const story = `headline: H
dek: D
byline: B
published: 2018-07-31
updated: 2018-07-31
description: X

[steps]
slug: toll
date: 2018-07-26
title: Toll
alt: A chart
text: In all, {sweida_toll@2018-07-26#people_killed} people died.
[]
`;

/** The Arabic edition is checked for Latin words, so its fixture is written in Arabic. */
const arabicStory = story
	.replace('title: Toll', 'title: الحصيلة')
	.replace('alt: A chart', 'alt: رسم بياني')
	.replace(/text: In all, (\{[^}]+\}) people died\./, 'text: بلغت حصيلة القتلى $1.')
	.replace('headline: H', 'headline: عنوان')
	.replace('dek: D', 'dek: مقدمة')
	.replace('byline: B', 'byline: القسم')
	.replace('description: X', 'description: وصف');

let root = '';
function project(tables = validTables()) {
	root = mkdtempSync(join(tmpdir(), 'deraa-data-'));
	mkdirSync(join(root, 'data/story'), { recursive: true });
	for (const [file, body] of Object.entries(toFiles(tables))) writeFileSync(join(root, file), body);
	for (const locale of LOCALES)
		writeFileSync(join(root, `data/story/${locale}.aml`), locale === 'ar' ? arabicStory : story);
	const out = join(root, 'out/bundle.json');
	mkdirSync(join(root, 'out'));
	writeFileSync(out, 'PREVIOUS');
	return out;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildBundle (npm run data)', () => {
	it('writes the bundle when everything is valid', () => {
		const out = project();
		const result = buildBundle(root, out);
		expect(result.ok).toBe(true);
		expect(JSON.parse(readFileSync(out, 'utf8')).dataset.events).toHaveLength(2);
		expect(readdirSync(join(root, 'out'))).toEqual(['bundle.json']);
	});

	it('leaves the previous bundle untouched on bad input', () => {
		const out = project(setCell(validTables(), 'data/events.csv', 3, 'date', '2018-02-30'));
		const result = buildBundle(root, out);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toContainEqual(
			expect.objectContaining({ file: 'data/events.csv', line: 3 })
		);
		expect(readFileSync(out, 'utf8')).toBe('PREVIOUS');
		expect(readdirSync(join(root, 'out'))).toEqual(['bundle.json']);
	});

	it('marks the corrected figure with its correction, and records the version', () => {
		const out = project();
		const result = buildBundle(root, out);
		expect(result.ok && result.bundle.record.current.version).toBe('1.0.1');
		const figure = result.ok && result.bundle.stories.en.steps[0]!.paragraphs[0]!.find((s) => s.kind === 'figure');
		expect(figure && figure.kind === 'figure' && figure.figure.correction).toBe('toll');
	});
});

describe('corrections and releases: bad rows are reported at their file and line', () => {
	const problemsOf = (file: string, line: number, column: string, value: string) => {
		const out = project(setCell(validTables(), file, line, column, value));
		const result = buildBundle(root, out);
		expect(result.ok).toBe(false);
		return result.ok ? [] : result.problems;
	};
	const cases: [string, number, string, string, RegExp][] = [
		['data/corrections.csv', 2, 'where', 'figure', /must be step:<slug>/],
		['data/corrections.csv', 2, 'where', 'step:no-such-step', /unknown step slug "no-such-step"/],
		['data/corrections.csv', 2, 'where', 'claim:claim-99', /unknown claim id "claim-99"/],
		['data/corrections.csv', 2, 'where', 'figure:sweida_toll@2018-07-27', /figure sweida_toll@2018-07-27/],
		['data/corrections.csv', 2, 'version', '2.0.0', /unknown version/],
		['data/corrections.csv', 2, 'why_fr', '', /why_fr: is empty/],
		['data/releases.csv', 3, 'version', '0.9.0', /not newer than 1\.0\.0/],
		['data/releases.csv', 3, 'version', 'v1.1', /semantic version/]
	];
	for (const [file, line, column, value, message] of cases) {
		it(`${file}:${line} ${column} = "${value}"`, () => {
			expect(problemsOf(file, line, column, value)).toContainEqual(
				expect.objectContaining({ file, line, message: expect.stringMatching(message) })
			);
		});
	}
});
