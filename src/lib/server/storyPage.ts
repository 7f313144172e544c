import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import type { Locale } from '$lib/story/registry';
import { chartData } from './chartData';
import { mapData } from './mapData';
import { mapLabels } from './mapLabels';

const bundle = bundleJson as unknown as Bundle;

/** What a story page needs, chosen on the server so the client gets only this edition. */
export function storyPageData(locale: Locale) {
	// The sections after the story are static HTML put in at build ($lib/server/afterStory);
	// the browser needs neither their text nor their data.
	const { sections, ...story } = bundle.stories[locale];
	return {
		locale,
		story: { ...story, sections: null },
		afterStory: sections !== null,
		graphics: {
			map: mapData(bundle),
			mapLabels: mapLabels(bundle, locale),
			charts: chartData(bundle, locale)
		}
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;
export type GraphicsData = StoryPageData['graphics'];
