import type { Locale } from '$story/registry';
import { exploreSectionData, type ExploreSectionData } from './explorer';

export interface StoryExploreData {
	section: ExploreSectionData;
	/** Relative to the edition's page. */
	dataHref: string;
	placesHref: string;
}

/** The explore sections of an edition's story page. */
export function storyExploreData(locale: Locale): StoryExploreData {
	return {
		section: exploreSectionData(locale),
		dataHref: 'explore.json',
		placesHref: 'places/'
	};
}
