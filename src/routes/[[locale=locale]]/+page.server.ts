import { storyPageData } from '$lib/server/storyPage';
import { editionEntries, localeOfSegment } from '$story/editions';

/** Static HTML plus one island (src/island/story.ts): SvelteKit's client is not needed. */
export const csr = false;

export const entries = editionEntries;

export const load = ({ params, url }) =>
	storyPageData(localeOfSegment(params.locale), url.pathname);
