import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { EXPLORE_END, EXPLORE_START } from '$lib/explore/dates';
import { placeHistory } from '$lib/explore/history';
import { countSides, sidesOn } from '$lib/explore/mapOnDay';
import { exploreJson } from '$lib/server/explore/explorer';

const bundle = bundleJson as unknown as Bundle;
const control = bundle.dataset.control;

describe('control on a date, where the sources dispute it', () => {
	it('the Nasib crossing: handed over on 6 July, with 7 and 9 July given too', () => {
		const h = placeHistory('nasib-crossing', control);
		expect(h.changes[0]!.range).toEqual(['2018-07-06', '2018-07-07', '2018-07-09']);
		expect(sidesOn('2018-07-05', control).get('nasib-crossing')).toBe('rebels');
		// The map follows the accepted date; the later dates are shown as a range, not drawn.
		expect(sidesOn('2018-07-06', control).get('nasib-crossing')).toBe('deal');
		expect(sidesOn('2018-07-08', control).get('nasib-crossing')).toBe('deal');
	});

	it('Busra al-Sham: a flag on 29 June by one account, a deal on 1 July by others', () => {
		const h = placeHistory('busra-al-sham', control);
		expect(h.changes[0]!.range).toEqual(['2018-06-29', '2018-07-01']);
		expect(sidesOn('2018-06-30', control).get('busra-al-sham')).toBe('rebels');
		expect(sidesOn('2018-07-01', control).get('busra-al-sham')).toBe('deal');
	});

	it('a change only the IS affiliate announced is told as its claim', () => {
		const h = placeHistory('saida-al-golan', control);
		expect(h.changes[0]).toMatchObject({ claimedBy: 'jkw', after: 'is', range: [] });
	});

	it('the strip covers every day of the explorer once, each span as the map shows it', () => {
		for (const place of new Set(control.map((r) => r.place))) {
			const { spans } = placeHistory(place, control);
			expect(spans[0]!.from).toBe(EXPLORE_START);
			expect(spans.at(-1)!.to).toBe(EXPLORE_END);
			for (const span of spans) {
				expect(sidesOn(span.from, control).get(place) ?? null).toBe(span.side);
				expect(sidesOn(span.to, control).get(place) ?? null).toBe(span.side);
			}
		}
	});

	it('a place the control table does not know has no strip', () => {
		expect(placeHistory('moscow', control)).toEqual({ spans: [], changes: [], known: false });
	});

	it('the explorer counts every marked place once on any day', () => {
		const { control: rows, places } = exploreJson('en');
		for (const day of [EXPLORE_START, '2018-07-06', '2018-07-20', EXPLORE_END]) {
			const counts = countSides(sidesOn(day, rows));
			expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(places.length);
		}
		// Before the offensive no town had surrendered under a deal; by its end none is rebel-held.
		expect(countSides(sidesOn(EXPLORE_START, rows)).deal).toBe(0);
		expect(countSides(sidesOn(EXPLORE_END, rows)).rebels).toBe(0);
	});
});
