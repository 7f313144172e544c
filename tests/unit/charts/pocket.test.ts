import { describe, expect, it } from 'vitest';
import { pocketData, pocketDay } from '$lib/charts/pocket';
import { LOCALES } from '$story/registry';
import { dataset } from './fixture';
import { PHONE_PLOTS, drawStep, textsOf } from './render';

const data = pocketData(dataset, 'en');
const on = (date: string) => data.days.find((d) => d.date === date)!;

describe('the Yarmouk pocket chart', () => {
	it('counts 22 localities held by JKW before the offensive reached it', () => {
		expect(on('2018-07-08').held).toBe(22);
	});

	it('grows as JKW took Heet and the villages rebels left (19–22 July)', () => {
		expect(on('2018-07-12').held).toBe(23);
		expect(on('2018-07-22').held).toBe(29);
	});

	it('empties by 1 August by the main dates', () => {
		expect(on('2018-08-01').held).toBe(0);
	});

	it('widens the band for disputed dates and for losses no source dates', () => {
		const july28 = on('2018-07-28');
		expect(july28.low).toBeLessThan(july28.held);
		expect(july28.high).toBeGreaterThan(july28.held);
		// Khirbet Yubila, Ain al-Qadi and al-Hayran: claimed by JKW, loss never dated.
		expect(on('2018-08-02').high).toBe(3);
		const undated = data.places.filter((p) => p.until === null).map((p) => p.id);
		expect(undated.sort()).toEqual(['ain-qadi', 'al-hayran', 'khirbet-yubila']);
	});

	it('dates when each place was taken and lost', () => {
		const place = (id: string) => data.places.find((p) => p.id === id)!;
		expect(place('tasil').until! > '2018-07-15').toBe(true);
		expect(place('rafid').from! > '2018-07-15').toBe(true);
		expect(pocketDay(data.places, '2018-07-31').held).toBe(1);
	});

	it('keeps the counts sources reported (7, 6, 3, 0)', () => {
		expect(data.reported.map((r) => r.value)).toEqual([7, 6, 3, 0]);
	});

	it.each(LOCALES)(
		'writes the day’s count under its own point, and runs the line clear of the axis values (%s)',
		(locale) => {
			for (const size of PHONE_PLOTS) {
				const html = drawStep(locale, 'pocket-shrinks', size);
				const at = `${size.width}×${size.height}`;
				const point = /<circle cx="([\d.]+)" cy="([\d.]+)" r="3.5"/.exec(html);
				expect(point, at).not.toBeNull();
				const [cx, cy] = [Number(point![1]), Number(point![2])];
				const label = textsOf(html).find((t) => t.label === 'annotation' && /\(/.test(t.text))!;
				// Its top (about 9 px above the baseline) is under the point, and it sits beside the rule.
				expect(label.y - 9, at).toBeGreaterThan(cy + 3);
				expect(Math.abs(label.x - cx), at).toBeLessThanOrEqual(8);
				const lineStart = Number(
					/<path d="M([\d.]+),[^"]*" fill="none" stroke="#c9c6bf"/.exec(html)![1]
				);
				for (const t of textsOf(html).filter((v) => v.label === 'axis' && v.x < 10))
					expect(t.x + t.text.length * 7, `${t.text} at ${at}`).toBeLessThanOrEqual(lineStart);
			}
		}
	);
});
