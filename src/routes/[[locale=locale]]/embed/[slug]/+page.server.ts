import { editionSlugEntries, sectionPageData } from '$lib/server/embed/pages';
import { localeOfSegment } from '$story/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Static HTML plus a small island (src/island/section.ts). */
export const csr = false;

export const entries: EntryGenerator = editionSlugEntries;

export const load: PageServerLoad = ({ params }) =>
	sectionPageData(localeOfSegment(params.locale), params.slug);
