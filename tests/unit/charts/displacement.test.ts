import { describe, expect, it } from 'vitest';
import { displacementData, estimatesOn, peakEstimate } from '$lib/charts/displacement';
import { dataset } from './fixture';

const data = displacementData(dataset);

describe('the displacement chart', () => {
	it('plots only the stock of people displaced, not returns or cumulative flows', () => {
		expect(data.estimates.every((e) => e.value < 350000)).toBe(true);
		expect(data.estimates.length).toBe(
			dataset.series.filter(
				(p) => p.series === 'displaced' && p.unit === 'people_displaced_current'
			).length
		);
	});

	it('has a band from the lowest to the highest estimate on 4 July (OCHA 285,000–325,000)', () => {
		const july4 = data.band.find((b) => b.date === '2018-07-04');
		expect(july4).toEqual({ date: '2018-07-04', low: 285000, high: 325000 });
		const july2 = data.band.find((b) => b.date === '2018-07-02');
		expect(july2).toEqual({ date: '2018-07-02', low: 270000, high: 271800 });
	});

	it('shows on 4 July the estimates made that day, credited to UN OCHA', () => {
		const on = estimatesOn(data, '2018-07-04');
		expect(on).toHaveLength(1);
		expect(on[0]).toMatchObject({ low: 285000, high: 325000, bound: 'range', counter: 'UN OCHA' });
	});

	it('keeps bounds: the peak is the WFP "up to 330,000"', () => {
		expect(peakEstimate(data)).toMatchObject({ high: 330000, bound: 'at-most' });
	});
});
