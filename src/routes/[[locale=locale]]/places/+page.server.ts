import { placesIndexData } from '$lib/server/explore/placesIndex';
import { explorePageShell } from '$lib/server/explore/placeRoutes';
import { editionEntries, localeOfSegment } from '$story/editions';

/** The route to every place without script: static HTML, the town search on top. */
export const csr = false;

export const entries = editionEntries;

export const load = ({ params }) => {
	const locale = localeOfSegment(params.locale);
	return { data: placesIndexData(locale), ...explorePageShell(locale, 'places/') };
};
