import { storyPageData } from '$lib/server/storyPage';
import { editionEntries, localeOfSegment } from '$story/editions';

/** The whole story for iframes: static HTML and the same island as the story page. */
export const csr = false;

export const entries = editionEntries;

export const load = ({ params, url }) =>
	storyPageData(localeOfSegment(params.locale), url.pathname);
