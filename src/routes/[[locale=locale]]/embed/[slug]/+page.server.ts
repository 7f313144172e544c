import { editionSlugEntries, sectionPageData } from '$lib/server/embed/pages';
import { localeOfSegment } from '$story/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionSlugEntries;

export const load: PageServerLoad = ({ params }) =>
	sectionPageData(localeOfSegment(params.locale), params.slug);
