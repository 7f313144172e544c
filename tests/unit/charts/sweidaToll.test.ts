import { describe, expect, it } from 'vitest';
import { sweidaTollData, tollRows } from '$lib/charts/sweidaToll';
import { LOCALES } from '$story/registry';
import { formatNumber } from '$story/format';
import { dataset } from './fixture';
import { PHONE_PLOTS, chartStep, drawStep, textsOf } from './render';

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

	it('gives every toll a row where there is room, and groups only the first day’s on a phone', () => {
		expect(tollRows(data, 40)).toHaveLength(data.dots.length);
		const first = data.dots[0]!.date;
		for (const fit of [10, 6, 1]) {
			const shown = tollRows(data, fit);
			expect(shown.flatMap((r) => r.dots)).toHaveLength(data.dots.length);
			for (const row of shown) {
				if (row.date !== first) expect(row.dots, `${fit} rows`).toHaveLength(1);
				expect(row.dots.every((d) => d.date === row.date)).toBe(true);
			}
		}
		expect(tollRows(data, 10).length).toBeLessThanOrEqual(10);
	});

	it.each(LOCALES)(
		'writes on the chart, at every phone size, each toll the step quotes (%s)',
		(locale) => {
			const step = chartStep(locale, 'sweida-attacks');
			const quoted = step.paragraphs
				.flat()
				.flatMap((s) => (s.kind === 'figure' && s.ref.startsWith('sweida_toll@') ? [s] : []));
			expect(quoted.length).toBeGreaterThanOrEqual(5);
			for (const size of PHONE_PLOTS) {
				const values = textsOf(drawStep(locale, 'sweida-attacks', size)).filter(
					(t) => t.label === 'value'
				);
				for (const f of quoted) {
					const text = formatNumber(f.figure.value, locale);
					expect(
						values.some((v) => v.text === text && v.opacity === 1),
						`${f.ref} at ${size.width}×${size.height}`
					).toBe(true);
				}
			}
		}
	);

	it('keeps every value label off the "more than 250" line', () => {
		for (const size of PHONE_PLOTS) {
			const html = drawStep('en', 'sweida-attacks', size);
			const floorX = Number(/<line x1="([\d.]+)"[^>]*stroke-dasharray="3 2"/.exec(html)![1]);
			for (const t of textsOf(html).filter((v) => v.label === 'value')) {
				const w = t.text.length * 11 * 0.6;
				const [a, b] = t.anchor === 'end' ? [t.x - w, t.x] : [t.x, t.x + w];
				expect(b < floorX - 1 || a > floorX + 1, `${t.text} at ${size.width}`).toBe(true);
			}
		}
	});
});
