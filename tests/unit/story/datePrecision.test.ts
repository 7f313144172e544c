import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { datePrecision, dayParts, monthParts } from '$story/datePrecision';
import { formatDate, formatMonth, formatShortDate } from '$story/format';
import { LOCALES } from '$story/registry';
import type { ResolvedFigure, Segment } from '$story/types';

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

describe('the formatter prints a date at its own precision, in both languages', () => {
	it('a day', () => {
		expect(formatDate('2018-07-19', 'en')).toBe('19 July 2018');
		expect(formatDate('2018-08-01', 'fr')).toBe('1er août 2018');
		expect(formatShortDate('2018-07-19', 'en')).toBe('19 Jul');
		expect(formatShortDate('2018-07-01T00:00:00.000Z', 'fr')).toBe('1 juil.');
	});

	it('a month, never as its first day (M7)', () => {
		expect(formatDate('2018-07', 'en')).toBe('July 2018');
		expect(formatDate('2018-07', 'fr')).toBe('juillet 2018');
		expect(formatMonth('2018-07', 'fr')).toBe('juillet 2018');
		expect(formatShortDate('2018-07', 'en')).toBe('Jul');
		expect(formatShortDate('2018-07', 'fr')).toBe('juil.');
	});

	it('a year, as the year', () => {
		for (const locale of LOCALES) {
			expect(formatDate('2018', locale)).toBe('2018');
			expect(formatShortDate('2018', locale)).toBe('2018');
			expect(() => formatMonth('2018', locale)).toThrow(/no month to print/);
		}
	});

	it('refuses what is not a date rather than guess a day', () => {
		expect(() => formatDate('2018-7', 'en')).toThrow(/is not a date/);
		expect(() => formatShortDate('July 2018', 'fr')).toThrow(/is not a date/);
	});

	it('prints no day for any figure of the story whose source gave none', () => {
		const seen: string[] = [];
		for (const locale of LOCALES) {
			const story = bundle.stories[locale];
			const segments: Segment[] = [
				...story.intro,
				...story.steps.flatMap((s) => s.paragraphs)
			].flat();
			for (const s of segments) {
				if (s.kind !== 'figure') continue;
				const figure: ResolvedFigure = s.figure;
				const precision = datePrecision(figure.date);
				if (precision === 'day') continue;
				const text = formatDate(figure.date, locale);
				seen.push(`${figure.date} ${text}`);
				// Only the year's digits: no day number.
				expect(text.replace(figure.date.slice(0, 4), ''), figure.ref).not.toMatch(/\d/);
			}
		}
		// The story cites month- and year-only figures (7Dnews' July count of hostages).
		expect(seen).toContain('2018-07 July 2018');
		expect(seen).toContain('2018-07 juillet 2018');
	});
});
