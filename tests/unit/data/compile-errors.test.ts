import { describe, expect, it } from 'vitest';
import { compileTables } from '../../../src/lib/data/compile/tables';
import type { Problem } from '../../../src/lib/data/compile/problems';
import { setCell, toFiles, validTables, type Tables } from './fixtures/tables';

function problemsOf(tables: Tables): Problem[] {
	return compileTables(toFiles(tables)).problems;
}

function expectProblem(problems: Problem[], file: string, line: number, message: RegExp) {
	expect(problems, JSON.stringify(problems, null, 1)).toContainEqual(
		expect.objectContaining({ file, line, message: expect.stringMatching(message) })
	);
}

describe('compileTables: bad input is reported at its file and line', () => {
	it('accepts the valid fixture', () => {
		expect(problemsOf(validTables())).toEqual([]);
	});

	it('bad date', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'date', '2018-02-30'));
		expectProblem(problems, 'data/events.csv', 3, /not a real date/);
	});

	it('date outside the story range', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 2, 'date', '2019-05-01'));
		expectProblem(problems, 'data/events.csv', 2, /outside 2011-01-01 \.\. 2018-12-31/);
	});

	it('unknown place', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'places', 'daraa;nowhere'));
		expectProblem(problems, 'data/events.csv', 3, /unknown place id "nowhere"/);
	});

	it('unknown place in control', () => {
		const problems = problemsOf(setCell(validTables(), 'data/control.csv', 3, 'place', 'atlantis'));
		expectProblem(problems, 'data/control.csv', 3, /unknown place id "atlantis"/);
	});

	it('missing source', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 2, 'sources', ''));
		expectProblem(problems, 'data/events.csv', 2, /has no source/);
	});

	it('unknown source id', () => {
		const problems = problemsOf(setCell(validTables(), 'data/series.csv', 4, 'sources', 'reuters-1999'));
		expectProblem(problems, 'data/series.csv', 4, /unknown source id "reuters-1999"/);
	});

	it('end before start', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'date_end', '2018-07-24'));
		expectProblem(problems, 'data/events.csv', 3, /date_end 2018-07-24 is before date 2018-07-25/);
	});

	it('duplicate id', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'id', 'offensive-begins'));
		expectProblem(problems, 'data/events.csv', 3, /duplicate event id "offensive-begins" \(first on line 2\)/);
	});

	it('duplicate source URL (two copies of one story)', () => {
		const problems = problemsOf(setCell(validTables(), 'data/sources.csv', 4, 'alternates', 'https://example.org/a2'));
		expectProblem(problems, 'data/sources.csv', 4, /already source on line 2/);
	});

	it('out-of-range coordinate', () => {
		const problems = problemsOf(setCell(validTables(), 'data/places.csv', 2, 'lon', '38.9'));
		expectProblem(problems, 'data/places.csv', 2, /outside the map extent/);
	});

	it('off-map flag on a place inside the map', () => {
		const problems = problemsOf(setCell(validTables(), 'data/places.csv', 2, 'off_map', 'yes'));
		expectProblem(problems, 'data/places.csv', 2, /off_map=yes but .* inside the map extent/);
	});

	it('malformed figure', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'figures', 'killed=about 250 people'));
		expectProblem(problems, 'data/events.csv', 3, /malformed figure "killed=about 250 people"/);
	});

	it('figure without a unit', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 2, 'figures', 'displaced=12000'));
		expectProblem(problems, 'data/events.csv', 2, /has no unit/);
	});

	it('percentage over 100 in a figure', () => {
		const problems = problemsOf(setCell(validTables(), 'data/events.csv', 3, 'figures', 'share=120 percent'));
		expectProblem(problems, 'data/events.csv', 3, /between 0 and 100/);
	});

	it('percentage over 100 in a series', () => {
		const tables = setCell(validTables(), 'data/series.csv', 6, 'high', '170');
		expectProblem(problemsOf(tables), 'data/series.csv', 6, /percentage 170 is not between 0 and 100/);
	});

	it('inconsistent bound', () => {
		const problems = problemsOf(setCell(validTables(), 'data/series.csv', 3, 'bound', 'at-least'));
		expectProblem(problems, 'data/series.csv', 3, /at-least needs value = low/);
	});

	it('a bounded number without the source’s words', () => {
		const problems = problemsOf(setCell(validTables(), 'data/series.csv', 4, 'qualifier', ''));
		expectProblem(problems, 'data/series.csv', 4, /bound at-least needs a qualifier/);
	});

	it('words that do not fit the bound', () => {
		const problems = problemsOf(setCell(validTables(), 'data/series.csv', 2, 'qualifier', 'up-to'));
		expectProblem(problems, 'data/series.csv', 2, /qualifier up-to does not fit bound at-least/);
	});

	it('unknown enum value', () => {
		const problems = problemsOf(setCell(validTables(), 'data/control.csv', 2, 'controller_after', 'regime'));
		expectProblem(problems, 'data/control.csv', 2, /controller_after: must be one of/);
	});

	it('unknown figure reference in a claim', () => {
		const problems = problemsOf(setCell(validTables(), 'data/claims.csv', 2, 'series', 'sweida_toll@2018-07-27'));
		expectProblem(problems, 'data/claims.csv', 2, /figure reference sweida_toll@2018-07-27: .*no row dated 2018-07-27/);
	});

	it('counts physical lines across multi-line quoted fields', () => {
		const tables = setCell(validTables(), 'data/events.csv', 2, 'summary_en', 'The offensive\nbegan\non 19 June.');
		setCell(tables, 'data/events.csv', 3, 'date', '2018-13-01');
		// the first record spans lines 2-4, so the second starts on line 5
		expectProblem(problemsOf(tables), 'data/events.csv', 5, /not a real date/);
	});

	it('reports every problem in one run, across files', () => {
		const tables = validTables();
		setCell(tables, 'data/events.csv', 2, 'date', '2018-06-31');
		setCell(tables, 'data/events.csv', 3, 'places', 'nowhere');
		setCell(tables, 'data/places.csv', 3, 'off_map', '');
		setCell(tables, 'data/series.csv', 2, 'sources', '');
		const problems = problemsOf(tables);
		expectProblem(problems, 'data/events.csv', 2, /not a real date/);
		expectProblem(problems, 'data/events.csv', 3, /unknown place id "nowhere"/);
		expectProblem(problems, 'data/places.csv', 3, /outside the map extent/);
		expectProblem(problems, 'data/series.csv', 2, /has no source/);
		expect(problems).toHaveLength(4);
	});

	it('reports a missing table and a missing column', () => {
		const files = toFiles(validTables());
		delete files['data/control.csv'];
		files['data/claims.csv'] = files['data/claims.csv']!.replace('status,', '');
		const { problems } = compileTables(files);
		expectProblem(problems, 'data/control.csv', 1, /table is missing/);
		expectProblem(problems, 'data/claims.csv', 1, /missing column\(s\): status/);
	});
});
