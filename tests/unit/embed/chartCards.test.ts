import { describe, expect, it } from 'vitest';
import { stepCardSvg } from '$lib/server/cards/renderCard';
import { storyOf } from '$lib/server/storyWithAlts';
import { CHART_COPY } from '$lib/charts/copy';
import { LOCALES } from '$story/registry';

const texts = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) =>
		m[1]!
			.replace(/&amp;/g, '&')
			.replace(/&#39;/g, "'")
			.replace(/&quot;/g, '"')
			// The card keeps a number with its word ("25 July") by a no-break space.
			.replace(/(\d)\u00a0/g, '$1 ')
			// Arabic cards lead each line with a right-to-left mark and isolate Latin runs.
			.replace(/[\u200f\u2068\u2069]/g, '')
	);

// Read out of context: a chart's card names what it counts, keys its marks and credits them.
describe('chart social cards', { timeout: 120_000 }, () => {
	for (const locale of LOCALES) {
		it(`say what each chart shows, with its key and sources, in ${locale}`, () => {
			const story = storyOf(locale);
			const copy = CHART_COPY[locale];
			for (const step of story.steps.filter((s) => s.state.graphic !== 'map')) {
				const words = texts(stepCardSvg(locale, step)).join(' ');
				expect(words, step.slug).toContain(`${copy.sources}${copy.colon}`);
				expect(words, step.slug).not.toMatch(/none published yet|aucun publié/);
			}
		});

		it(`name the unit of the Sweida toll and key the hostages' squares in ${locale}`, () => {
			const story = storyOf(locale);
			const card = (slug: string) =>
				texts(
					stepCardSvg(
						locale,
						story.steps.find((s) => s.slug === slug)!
					)
				).join(' ');
			const copy = CHART_COPY[locale];
			expect(card('sweida-attacks')).toContain(copy.sweidaToll.title);
			expect(card('hostages-freed')).toContain(copy.hostages.states.freed);
			expect(card('hostages-taken')).toContain(copy.hostages.states.held);
			expect(card('buses-north')).toContain(copy.evacuations.title);
		});
	}
});
