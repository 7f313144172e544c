import { describe, expect, it } from 'vitest';
import { compileTables, figureResolver } from '../../../src/lib/data/compile/tables';
import { parseFigures } from '../../../src/lib/data/compile/figures';
import { toFiles, validTables } from './fixtures/tables';

const { dataset, problems } = compileTables(toFiles(validTables()));
const resolve = figureResolver(dataset);

describe('figure references', () => {
	it('compiles the fixture', () => expect(problems).toEqual([]));

	it('resolves a single row', () => {
		expect(resolve('sweida_hostages@2018-11-08')).toMatchObject({
			value: 19,
			bound: 'exact',
			unit: 'hostages_freed',
			// The original publisher, and the site whose copy the link opens.
			sources: [{ id: 'afp-2018-07-31-newarab', publisher: 'AFP, via The New Arab', url: 'https://example.org/a' }]
		});
	});

	it('turns contradictory rows into a range carrying every source', () => {
		const figure = resolve('sweida_toll@2018-07-26#people_killed');
		expect(figure).toMatchObject({ low: 215, high: 246, value: 215, bound: 'range', qualifier: null });
		expect('sources' in figure && figure.sources.map((s) => s.id).sort()).toEqual([
			'sana-2018-07-30',
			'sohr-2018-08-01'
		]);
	});

	it('requires #unit when a date has rows in several units', () => {
		expect(resolve('sweida_toll@2018-07-26')).toEqual({
			error: expect.stringMatching(/several units; add #unit/)
		});
		expect(resolve('sweida_toll@2018-07-26#attackers_killed')).toMatchObject({
			value: 45,
			bound: 'at-least',
			qualifier: 'at-least'
		});
	});

	it('resolves month-precision dates and ranges without a point value', () => {
		expect(resolve('daraa_gov_control_pct@2018-07')).toMatchObject({ value: 60, low: 60, high: 70, bound: 'range' });
	});

	it('rejects unknown series, dates, units and malformed references', () => {
		expect(resolve('nothing@2018-07-26')).toEqual({ error: 'unknown series "nothing"' });
		expect(resolve('sweida_toll@2018-07-27')).toHaveProperty('error', expect.stringMatching(/no row dated/));
		expect(resolve('sweida_toll@2018-07-26#goats')).toHaveProperty('error', expect.stringMatching(/no unit "goats"/));
		expect(resolve('sweida toll')).toHaveProperty('error');
	});
});

describe('figure syntax in events', () => {
	it('parses every form', () => {
		const { figures, errors } = parseFigures(
			'a=250 people; b=~100 fighters (SOHR); c=>12000 people; d=<189000 people; e=285000-325000 people (OCHA); f=6.6 percent'
		);
		expect(errors).toEqual([]);
		expect(figures.map((f) => [f.name, f.bound, f.low, f.high, f.approx])).toEqual([
			['a', 'exact', null, null, false],
			['b', 'exact', null, null, true],
			['c', 'at-least', 12000, null, false],
			['d', 'at-most', null, 189000, false],
			['e', 'range', 285000, 325000, false],
			['f', 'exact', null, null, false]
		]);
		expect(figures[1]!.note).toBe('SOHR');
	});

	it('rejects malformed figures', () => {
		for (const bad of ['killed=250,000 people', 'killed', 'killed=12 People', 'x=5-3 people', 'x=>5-9 people']) {
			expect(parseFigures(bad).errors, bad).toHaveLength(1);
		}
	});
});
