import { sourcesPageData } from '$lib/server/sourcesPage';

export const load = () => sourcesPageData('fr');
