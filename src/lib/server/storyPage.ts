import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import type { Locale } from '$lib/story/registry';
import { chartData } from './chartData';
import { mapData } from './mapData';
import { mapLabels } from './mapLabels';
import { sectionsData } from './sections';

const bundle = bundleJson as unknown as Bundle;

/** What a story page needs, chosen on the server so the client gets only this edition. */
export function storyPageData(locale: Locale) {
	return {
		locale,
		story: bundle.stories[locale],
		graphics: {
			map: mapData(bundle),
			mapLabels: mapLabels(bundle, locale),
			charts: chartData(bundle, locale)
		},
		sections: sectionsData(bundle, locale)
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;
export type GraphicsData = StoryPageData['graphics'];
