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
});
