import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { datePrecision, dayParts, monthParts } from '$story/datePrecision';

const bundle = bundleJson as unknown as Bundle;

describe('datePrecision: a date is as precise as the data writes it', () => {
	it('reads day, month and year from the shape', () => {
		expect(datePrecision('2018-07-19')).toBe('day');
		expect(datePrecision('2018-07-01T00:00:00.000Z')).toBe('day');
		expect(datePrecision('2018-07')).toBe('month');
		expect(datePrecision('2018')).toBe('year');
	});

	it('throws on what is not a date', () => {
		for (const bad of ['2018-7', '18-07-19', 'July 2018', '', '2018-07-19 ']) {
			expect(() => datePrecision(bad), bad).toThrow(/is not a date/);
		}
	});

	it('gives a day only for a day, and a month only for a day or a month', () => {
		expect(dayParts('2018-08-01')).toEqual({ year: 2018, month: 7, day: 1 });
		expect(() => dayParts('2018-07')).toThrow(
			'2018-07 is known to the month: it has no day to print'
		);
		expect(() => dayParts('2018')).toThrow('2018 is known to the year: it has no day to print');
		expect(monthParts('2018-07')).toEqual({ year: 2018, month: 6 });
		expect(monthParts('2018-07-19')).toEqual({ year: 2018, month: 6 });
		expect(() => monthParts('2018')).toThrow(/no month to print/);
	});

	it('is the precision the compiled dataset carries for every series date', () => {
		const precisions = new Set<string>();
		for (const p of bundle.dataset.series) {
			expect(p.date_precision, `${p.series}@${p.date}`).toBe(datePrecision(p.date));
			precisions.add(p.date_precision);
		}
		// The dataset has month- and year-only rows (7Dnews' "about 40" hostages in July 2018).
		expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
	});
});
