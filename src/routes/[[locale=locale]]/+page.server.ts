import { storyPageData } from '$lib/server/storyPage';
import { storyExploreData } from '$lib/server/explore/storyExplore';
import { editionEntries, localeOfSegment } from '$story/editions';

/** Static HTML plus one island (src/island/story.ts): SvelteKit's client is not needed. */
export const csr = false;

export const entries = editionEntries;

export const load = ({ params, url }) => {
	const locale = localeOfSegment(params.locale);
	return {
		...storyPageData(locale, url.pathname),
		explore: storyExploreData(locale)
	};
};
