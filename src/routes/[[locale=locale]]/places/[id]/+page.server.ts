import { error } from '@sveltejs/kit';
import { placePageData } from '$lib/server/explore/placePage';
import { explorePageShell, placeEntries } from '$lib/server/explore/placeRoutes';
import { localeOfSegment } from '$story/editions';

/** Static HTML; the explore island adds the town search when a reader uses it. */
export const csr = false;

export const entries = placeEntries;

export const load = ({ params }) => {
	const locale = localeOfSegment(params.locale);
	const data = placePageData(params.id, locale);
	if (!data) error(404, `no place ${params.id}`);
	return { data, ...explorePageShell(locale, `places/${params.id}/`) };
};
