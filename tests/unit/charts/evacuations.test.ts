import { describe, expect, it } from 'vitest';
import { convoysBy, evacuationsData, finalTotal, totalBy } from '$lib/charts/evacuations';
import { dataset } from './fixture';

const data = evacuationsData(dataset);

describe('the convoys chart', () => {
	it('has one stem per convoy report, reports of the same day side by side', () => {
		expect(data.reports).toHaveLength(
			dataset.series.filter((p) => p.series === 'evacuees_north' && p.unit === 'people_per_convoy')
				.length
		);
		const july23 = data.reports.filter((r) => r.date === '2018-07-23');
		expect(july23.map((r) => r.slot)).toEqual([0, 1, 2]);
		expect(july23.every((r) => r.slots === 3)).toBe(true);
	});

	it('marks the pro-government count of Quneitra convoy 3 (959) as partisan', () => {
		expect(data.reports.find((r) => r.value === 959)?.partisan).toBe(true);
		expect(data.reports.find((r) => r.value === 1893)?.partisan).toBe(false);
	});

	it('gives the running total for the south: 9,878 by 27 July, 10,064 by 31 July', () => {
		expect(totalBy(data, '2018-07-28')?.value).toBe(9878);
		expect(totalBy(data, '2018-08-11')?.value).toBe(10064);
		expect(totalBy(data, '2018-07-20')).toBeNull();
		expect(finalTotal(data)?.value).toBe(10064);
	});

	it('on 15 July only the first Daraa convoy had left', () => {
		expect(new Set(convoysBy(data, '2018-07-15').map((r) => r.date))).toEqual(
			new Set(['2018-07-15'])
		);
	});
});
