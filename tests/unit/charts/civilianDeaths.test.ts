import { describe, expect, it } from 'vitest';
import { civilianDeathsData, highestBy, runningTally } from '$lib/charts/civilianDeaths';
import { dataset } from './fixture';

const data = civilianDeathsData(dataset);

describe('the civilian deaths chart', () => {
	it('draws SOHR as the only running count, keeping the higher of two counts on one day', () => {
		expect(data.running).toEqual(['SOHR']);
		const sohr = runningTally(data, 'SOHR');
		expect(sohr.map((c) => c.value)).toEqual([23, 40, 93, 116, 130, 143, 159]);
	});

	it('credits the other counts to who counted them', () => {
		const others = data.counts
			.filter((c) => c.counter !== 'SOHR')
			.map((c) => `${c.counter} ${c.value}`);
		expect(others).toEqual(
			expect.arrayContaining([
				'SNHR 214',
				'SNHR 221',
				'Daraa Martyrs Documentation Office 341',
				'Wikipedia 236'
			])
		);
	});

	it('knows the highest count published by a date', () => {
		expect(highestBy(data, '2018-07-06')?.value).toBe(221);
		expect(highestBy(data, '2018-08-01')?.value).toBe(341);
	});
});
