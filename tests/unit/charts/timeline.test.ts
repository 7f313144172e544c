import { describe, expect, it } from 'vitest';
import { eventsIn, eventsOn, timelineData, timelineWindow } from '$lib/charts/timeline';
import { dataset } from './fixture';

const data = timelineData(dataset, 'en');

describe('the timeline', () => {
	it('runs 19 June to mid-August, and on to November for aftermath steps', () => {
		expect(timelineWindow('2018-07-25')).toEqual({ from: '2018-06-19', to: '2018-08-16' });
		expect(timelineWindow('2018-11-08')).toEqual({ from: '2018-06-19', to: '2018-11-20' });
		const main = eventsIn(data, timelineWindow('2018-07-25'));
		expect(main.some((e) => e.id === 'hostages-nineteen-freed')).toBe(false);
		expect(
			eventsIn(data, timelineWindow('2018-11-08')).some((e) => e.id === 'hostages-nineteen-freed')
		).toBe(true);
	});

	it('draws a disputed date as a range over every date a source gives', () => {
		const nasib = data.events.find((e) => e.id === 'nasib-crossing-retaken')!;
		expect(nasib).toMatchObject({ disputed: true, start: '2018-07-06', end: '2018-07-09' });
		const start = data.events.find((e) => e.id === 'offensive-begins')!;
		expect(start).toMatchObject({ start: '2018-06-17', end: '2018-06-20' });
	});

	it('never overlaps two events in the same row of a lane', () => {
		for (const a of data.events) {
			for (const b of data.events) {
				if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
				expect(a.end < b.start || b.end < a.start, `${a.id} / ${b.id}`).toBe(true);
			}
		}
	});

	it('leaves background events out and keeps each one’s type', () => {
		expect(data.events.some((e) => e.type === 'background')).toBe(false);
		expect(eventsOn(data, '2018-07-25').map((e) => e.id)).toEqual(
			expect.arrayContaining(['sweida-attacks', 'sweida-abductions'])
		);
	});
});
