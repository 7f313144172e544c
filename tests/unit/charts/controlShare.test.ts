import { describe, expect, it } from 'vitest';
import { controlShareData, dealsBy, shareOn } from '$lib/charts/controlShare';
import { dataset } from './fixture';

const data = controlShareData(dataset, 'en');

describe('the government share of Daraa step chart', () => {
	it('rises from 30% on 19 June to 100% on 1 August', () => {
		expect(data.steps[0]).toMatchObject({ date: '2018-06-19', value: 30 });
		expect(data.steps.at(-1)).toMatchObject({ date: '2018-08-01', value: 100 });
	});

	it('holds the last reported share between reports (60% on 3 July, "more than 50%" on 30 June)', () => {
		expect(shareOn(data, '2018-07-03')?.value).toBe(60);
		expect(shareOn(data, '2018-06-30')).toMatchObject({ value: 50, atLeast: true });
		expect(shareOn(data, '2018-06-01')).toBeNull();
	});

	it('keeps pro-government claims off the step line (SANA 58% and the undated 80% are month-dated and skipped)', () => {
		const partisan = data.readings.filter((r) => r.partisan).map((r) => r.value);
		expect(partisan).toEqual(expect.arrayContaining([90]));
		expect(data.readings.some((r) => r.value === 80 && r.partisan)).toBe(false);
		expect(data.steps.find((s) => s.date === '2018-07-20')).toBeUndefined();
	});

	it('marks the deals struck by 6 July', () => {
		expect(dealsBy(data, '2018-07-06').map((d) => d.id)).toEqual([
			'first-reconciliation-deals',
			'busra-al-sham-deal',
			'ceasefire-deal-july6'
		]);
	});
});
