import { describe, expect, it } from 'vitest';
import { hostageStatesOn, hostageTally, hostagesData, reportedHeldOn } from '$lib/charts/hostages';
import { dataset } from './fixture';

const data = hostagesData(dataset);
const count = (date: string, state: string) =>
	hostageStatesOn(data, date).filter((s) => s === state).length;

describe('the Sweida hostages unit chart', () => {
	it('has one mark per person abducted on 25 July (36, SOHR)', () => {
		expect(data.abductedOn).toBe('2018-07-25');
		expect(data.abducted).toBe(36);
		expect(data.people).toHaveLength(36);
	});

	it('shows all 36 held the day after the abduction', () => {
		expect(count('2018-07-26', 'held')).toBe(36);
	});

	it('shows 30 held once SOHR reported 4 escapes and 2 deaths (30 July)', () => {
		expect(count('2018-07-30', 'held')).toBe(30);
		expect(count('2018-07-30', 'escaped')).toBe(4);
		expect(count('2018-07-30', 'died')).toBe(2);
	});

	it('on 9 November nobody is held: 6 freed in October, 19 in November, 2 unaccounted for', () => {
		const tally = hostageTally(data, '2018-11-09');
		expect(tally.get('held') ?? 0).toBe(0);
		expect(tally.get('freed:2018-10-20')).toBe(6);
		expect(tally.get('freed:2018-11-08')).toBe(19);
		expect(tally.get('killed')).toBe(2);
		expect(tally.get('unaccounted')).toBe(2);
	});

	it('draws nobody before the abduction', () => {
		expect(hostageStatesOn(data, '2018-07-24')).toEqual([]);
	});

	it('lists the conflicting counts sources gave before the October release, and the one after it', () => {
		const before = reportedHeldOn(data, '2018-10-19').map((r) => r.value);
		expect(before.sort()).toEqual([27, 29]);
		const after = reportedHeldOn(data, '2018-10-20');
		expect(after.map((r) => [r.value, r.bound])).toEqual([[24, 'at-least']]);
	});
});
