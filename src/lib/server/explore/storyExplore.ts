import { exploreIslandPath } from 'virtual:island';
import type { Locale } from '$story/registry';
import { exploreSectionData, type ExploreSectionData } from './explorer';

export interface StoryExploreData {
	section: ExploreSectionData;
	/** Relative to the edition's page. */
	dataHref: string;
	placesHref: string;
	islandSrc: string;
}

/** The explore sections of an edition's story page (`pathname` is the page's own). */
export function storyExploreData(locale: Locale, pathname: string): StoryExploreData {
	const depth = pathname.split('/').filter(Boolean).length;
	const root = depth ? '../'.repeat(depth) : './';
	return {
		section: exploreSectionData(locale),
		dataHref: 'explore.json',
		placesHref: 'places/',
		islandSrc: `${root}${exploreIslandPath}`
	};
}
