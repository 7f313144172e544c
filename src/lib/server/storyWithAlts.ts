import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import type { Locale } from '$story/registry';
import { fullAlt, stateAlt } from '$story/stepAlt';
import type { Story } from '$story/types';
import { chartData } from './chartData';
import { mapData } from './mapData';

const bundle = bundleJson as unknown as Bundle;
const stories: Partial<Record<Locale, Story>> = {};

/**
 * An edition as the pages show it: each step's text alternative is its human sentence
 * (the story file's `alt`) followed by the graphic's state in words, generated from
 * what the graphic draws ($story/stepAlt). Every place that shows the alt (the step's
 * card, the live region, embeds, share pages) reads it from here.
 */
export function storyOf(locale: Locale): Story {
	const cached = stories[locale];
	if (cached) return cached;
	const story = bundle.stories[locale];
	const graphics = { map: mapData(bundle), charts: chartData(bundle, locale) };
	return (stories[locale] = {
		...story,
		steps: story.steps.map((step) => ({
			...step,
			alt: fullAlt(step.alt, stateAlt(graphics, step.state, locale))
		}))
	});
}
