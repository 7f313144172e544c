import { slugEntries } from '$lib/server/embed/pages';
import { sharePageData } from '$lib/server/embed/sharePage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => slugEntries('fr');

export const load: PageServerLoad = ({ params }) => sharePageData('fr', params.slug);
