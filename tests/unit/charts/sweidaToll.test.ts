import { describe, expect, it } from 'vitest';
import { sweidaTollData, tollsKnownBy } from '$lib/charts/sweidaToll';
import { dataset } from './fixture';

const data = sweidaTollData(dataset);
const rows = dataset.series.filter((p) => p.series === 'sweida_toll' && p.unit === 'people_killed');

describe('the Sweida toll dot plot', () => {
	it('has one dot per source row of people killed (attackers excluded)', () => {
		expect(data.dots).toHaveLength(rows.length);
		expect(data.dots.map((d) => d.value).sort()).toEqual(rows.map((r) => r.value).sort());
	});

	it('draws the floor the page states: SOHR said "more than 250"', () => {
		expect(data.floor).toBe(250);
	});

	it('names who counted, not only who published (the health director, AP, Xinhua)', () => {
		const counters = new Set(data.dots.map((d) => d.counter));
		for (const c of ['SOHR', 'Sweida health directorate', 'AP', 'Xinhua'])
			expect(counters).toContain(c);
	});

	it('on 25 July only that day’s tolls were known', () => {
		expect(tollsKnownBy(data, '2018-07-25').every((d) => d.date === '2018-07-25')).toBe(true);
		expect(tollsKnownBy(data, '2018-07-25').length).toBeLessThan(data.dots.length);
	});
});
