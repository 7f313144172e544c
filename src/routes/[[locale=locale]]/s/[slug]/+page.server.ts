import { editionSlugEntries } from '$lib/server/embed/pages';
import { sharePageData } from '$lib/server/embed/sharePage';
import { localeOfSegment } from '$story/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionSlugEntries;

export const load: PageServerLoad = ({ params }) =>
	sharePageData(localeOfSegment(params.locale), params.slug);
