import { sectionPageData, slugEntries } from '$lib/server/embed/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => slugEntries('fr');

export const load: PageServerLoad = ({ params }) => sectionPageData('fr', params.slug);
