import { storyPageData } from '$lib/server/storyPage';

/** The whole story for iframes: static HTML and the same island as the story page. */
export const csr = false;

export const load = ({ url }) => storyPageData('fr', url.pathname);
