import { describe, expect, it } from 'vitest';
import {
	dayAt,
	dayCount,
	dayFromFragment,
	dayIndex,
	EXPLORE_END,
	EXPLORE_START
} from '$lib/explore/dates';

describe('the explorer’s address (#map-YYYY-MM-DD)', () => {
	it.each(['#map-2018-07-06', 'map-2018-07-06', `#map-${EXPLORE_START}`, `#map-${EXPLORE_END}`])(
		'opens %s',
		(hash) => {
			expect(dayFromFragment(hash)).toBe(hash.replace(/^#?map-/, ''));
		}
	);

	it.each([
		'#map-2018-02-30', // not a day
		'#map-2018-06-31',
		'#map-2018-13-01',
		'#map-2018-7-6', // not zero-padded
		'#map-2018-07-06x',
		'#map-2018-07-06/',
		'#map-',
		'#map',
		'#nawa-gives-in', // a step's own fragment
		'#map-2017-07-06', // out of range
		'#map-2018-06-14',
		'#map-2018-09-01',
		'#MAP-2018-07-06',
		'#map-+02018-07-06'
	])('rejects %s', (hash) => {
		expect(dayFromFragment(hash)).toBeNull();
	});

	it('steps a day at a time from the first day to the last, clamped', () => {
		expect(dayIndex(EXPLORE_START)).toBe(0);
		expect(dayAt(dayCount() - 1)).toBe(EXPLORE_END);
		expect(dayAt(dayIndex('2018-07-06') + 7)).toBe('2018-07-13');
		expect(dayAt(-7)).toBe(EXPLORE_START);
		expect(dayAt(dayCount() + 30)).toBe(EXPLORE_END);
		expect(dayAt(dayIndex('2018-06-30') + 1)).toBe('2018-07-01');
	});
});
