import { sectionPageData, slugEntries } from '$lib/server/embed/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => slugEntries('en');

export const load: PageServerLoad = ({ params }) => sectionPageData('en', params.slug);
