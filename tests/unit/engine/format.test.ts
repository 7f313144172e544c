import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatFigure,
	formatNumber,
	formatProseFigure
} from '../../../src/lib/story/format';
import type { ResolvedFigure } from '../../../src/lib/story/types';

const figure = (over: Partial<ResolvedFigure>): ResolvedFigure => ({
	ref: 'x@2018-07-04',
	value: 320000,
	low: null,
	high: null,
	unit: 'people',
	bound: 'exact',
	date: '2018-07-04',
	sources: [],
	...over
});

describe('formatting for each edition', () => {
	it('writes dates the English and the French way', () => {
		expect(formatDate('2018-07-06', 'en')).toBe('6 July 2018');
		expect(formatDate('2018-07-06', 'fr')).toBe('6 juillet 2018');
		expect(formatDate('2018-07-06', 'en', { short: true })).toBe('6 July');
		expect(formatDate('2018-08-01', 'fr')).toBe('1er août 2018');
		expect(formatDate('2018-08-01', 'en')).toBe('1 August 2018');
	});

	it('writes a date at its own precision: a month is never the first of it', () => {
		expect(formatDate('2018-07', 'en')).toBe('July 2018');
		expect(formatDate('2018-07', 'fr')).toBe('juillet 2018');
		expect(formatDate('2018', 'en')).toBe('2018');
		expect(formatDate('2018', 'fr')).toBe('2018');
	});

	it('groups thousands per locale', () => {
		expect(formatNumber(320000, 'en')).toBe('320,000');
		expect(formatNumber(320000, 'fr')).toMatch(/^320\s000$/u);
	});

	it('writes the words the source used, from the data row', () => {
		const atLeast = figure({ bound: 'at-least', low: 159, value: 159, qualifier: 'at-least' });
		expect(formatFigure(atLeast, 'en')).toBe('at least 159');
		expect(formatFigure(atLeast, 'fr')).toBe('au moins 159');
		const moreThan = figure({ bound: 'at-least', low: 250, value: 250, qualifier: 'more-than' });
		expect(formatFigure(moreThan, 'en')).toBe('more than 250');
		expect(formatFigure(moreThan, 'fr')).toBe('plus de 250');
		const lessThan = figure({
			bound: 'at-most',
			high: 1,
			value: 1,
			unit: 'percent_x',
			qualifier: 'less-than'
		});
		expect(formatFigure(lessThan, 'en')).toBe('less than 1%');
		expect(formatFigure(lessThan, 'fr')).toBe('moins de 1\u202f%');
		const about = figure({ value: 2800, qualifier: 'about' });
		expect(formatFigure(about, 'en')).toBe('about 2,800');
		expect(formatFigure(about, 'fr')).toMatch(/^environ 2\s800$/u);
		expect(formatFigure(figure({ value: 100, qualifier: 'nearly' }), 'fr')).toBe('près de 100');
	});

	it('reads a bound with no words as its plainest form: at least, up to, or a range', () => {
		expect(formatFigure(figure({ bound: 'at-least', low: 250, value: 250 }), 'en')).toBe(
			'at least 250'
		);
		expect(formatFigure(figure({ bound: 'at-least', low: 250, value: 250 }), 'fr')).toBe(
			'au moins 250'
		);
		expect(formatFigure(figure({ bound: 'at-most', high: 5000, value: 5000 }), 'en')).toBe(
			'up to 5,000'
		);
		expect(formatFigure(figure({ bound: 'range', low: 285000, high: 325000 }), 'en')).toBe(
			'285,000–325,000'
		);
	});

	it('writes a bare whole number under ten in words in prose, and keeps digits otherwise', () => {
		expect(formatProseFigure(figure({ value: 7 }), 'en')).toBe('seven');
		expect(formatProseFigure(figure({ value: 3 }), 'fr')).toBe('trois');
		expect(formatProseFigure(figure({ value: 19 }), 'en')).toBe('19');
		expect(formatProseFigure(figure({ value: 2, unit: 'percent_of_x' }), 'en')).toBe('2%');
		expect(formatFigure(figure({ value: 7 }), 'en')).toBe('7');
	});
});
