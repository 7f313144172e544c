import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import type { Locale } from '$lib/story/registry';
import { chartData } from './chartData';
import { mapData } from './mapData';
import { mapLabels } from './mapLabels';
import type { GraphicsData, StoryPageData, StoryText } from '$lib/wire';
import { storyOf } from './storyWithAlts';

const bundle = bundleJson as unknown as Bundle;

/**
 * What a story page hydrates with: the edition, its steps (slug, title, date, graphic
 * state, text alternative) and whether the static sections follow. The introduction, each
 * step's prose and the sections after the story are static HTML put in at build
 * ($lib/server/staticRegions): the browser needs neither their text nor their data, so
 * prose is left out here.
 */
export function storyText(locale: Locale): StoryText {
	const { sections, steps, ...story } = storyOf(locale);
	return {
		locale,
		story: {
			...story,
			intro: [],
			steps: steps.map((step) => ({ ...step, paragraphs: [] })),
			sections: null
		},
		afterStory: sections !== null
	};
}

/** What the graphic draws: map geometry and layers, label placements, chart series. */
export function storyGraphics(locale: Locale): GraphicsData {
	return {
		map: mapData(bundle),
		mapLabels: mapLabels(bundle, locale),
		charts: chartData(bundle, locale)
	};
}

/** What a page that draws the story needs, chosen on the server so the client gets only this edition. */
export function storyPageData(locale: Locale): StoryPageData {
	return { ...storyText(locale), graphics: storyGraphics(locale) };
}

export type { GraphicsData, StoryPageData };
