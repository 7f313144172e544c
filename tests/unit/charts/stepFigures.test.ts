/**
 * A step's numbers must be readable on its chart: each figure its text quotes from the
 * series the chart draws is written on the chart, not faded, at every phone size.
 * (The Sweida toll chart has its own test, with its five tolls.)
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '$story/registry';
import { formatFigure } from '$story/format';
import { PHONE_PLOTS, chartStep, drawStep, textsOf } from './render';

/** Chart steps and the series refs of their text the chart is there to show. */
const QUOTED: Record<string, RegExp> = {
	'shelter-strike': /^civilians_killed_offensive@2018-06-(24|28)$/,
	'towns-surrender': /^daraa_gov_control_pct@/,
	'pocket-shrinks': /^jkw_pocket@.*#localities_held$/
};

describe.each(LOCALES)('figures the step quotes, on its chart (%s)', (locale) => {
	it.each(Object.keys(QUOTED))('%s', (slug) => {
		const step = chartStep(locale, slug);
		const figures = step.paragraphs
			.flat()
			.flatMap((s) => (s.kind === 'figure' && QUOTED[slug]!.test(s.ref) ? [s.figure] : []));
		expect(figures.length).toBeGreaterThan(0);
		for (const size of PHONE_PLOTS) {
			const texts = textsOf(drawStep(locale, slug, size)).filter((t) => t.opacity === 1);
			for (const f of figures) {
				const written = formatFigure(f, locale);
				// The figure as a whole number in the text, not part of another ("7" in "27 Jul").
				const alone = new RegExp(
					`(^|[^\\d])${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\d])`
				);
				expect(
					texts.some((t) => alone.test(t.text)),
					`${f.ref} (${written}) at ${size.width}×${size.height}`
				).toBe(true);
			}
		}
	});
});
