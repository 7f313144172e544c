import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber } from '../../../src/lib/story/format';
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
	});

	it('groups thousands per locale', () => {
		expect(formatNumber(320000, 'en')).toBe('320,000');
		expect(formatNumber(320000, 'fr')).toMatch(/^320\s000$/u);
	});

	it('keeps the bound a source gave: more than, up to, or a range', () => {
		expect(formatFigure(figure({ bound: 'at-least', low: 250, value: 250 }), 'en')).toBe(
			'more than 250'
		);
		expect(formatFigure(figure({ bound: 'at-least', low: 250, value: 250 }), 'fr')).toBe(
			'plus de 250'
		);
		expect(formatFigure(figure({ bound: 'at-most', high: 5000, value: 5000 }), 'en')).toBe(
			'up to 5,000'
		);
		expect(formatFigure(figure({ bound: 'range', low: 285000, high: 325000 }), 'en')).toBe(
			'285,000–325,000'
		);
	});
});
