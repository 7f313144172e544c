import { storyPageData } from '$lib/server/storyPage';

/** Static HTML plus one island (src/island/story.ts): SvelteKit's client is not needed. */
export const csr = false;

export const load = ({ url }) => storyPageData('fr', url.pathname);
