import { describe, expect, it } from 'vitest';
import {
	LANES,
	eventsIn,
	eventsOn,
	timelineData,
	timelineLayout,
	timelineWindow
} from '$lib/charts/timeline';
import { MARGIN } from '$lib/charts/scales';
import { LOCALES } from '$story/registry';
import { dataset } from './fixture';
import { PHONE_PLOTS, chartStep, drawStep } from './render';

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

	it('fits its lanes in the plot at any height, down to a small phone’s', () => {
		const shown = eventsIn(data, timelineWindow('2018-08-11'));
		for (let plot = 70; plot <= 600; plot += 7) {
			const { laneGap, rowH, rows, rowOf } = timelineLayout(shown, plot);
			const used = LANES.length * laneGap + LANES.reduce((a, l) => a + rows[l], 0) * rowH;
			expect(used, `${plot} px`).toBeLessThanOrEqual(plot + 1e-9);
			for (const e of shown) expect(rowOf.get(e.id)!).toBeLessThan(rows[e.lane]);
		}
		// With room, every event keeps the row it was packed in.
		const roomy = timelineLayout(shown, 560);
		for (const e of shown) expect(roomy.rowOf.get(e.id)).toBe(e.row);
	});

	it.each(LOCALES)('draws no lane across the date axis on a phone (%s)', (locale) => {
		expect(chartStep(locale, 'six-weeks').state.graphic).toBe('timeline');
		for (const size of PHONE_PLOTS) {
			const html = drawStep(locale, 'six-weeks', size);
			const lanes = [...html.matchAll(/<line [^>]*y1="([\d.]+)"[^>]*stroke="#eeebe4"/g)].map((m) =>
				Number(m[1])
			);
			expect(lanes).toHaveLength(LANES.length);
			for (const y of lanes)
				expect(y, `${size.height}`).toBeLessThanOrEqual(size.height - MARGIN.bottom);
		}
	});
});
