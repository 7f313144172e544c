import { loadStoryGraphics } from '$lib/story/loadStoryGraphics';

// The graphic's data, fetched beside the page from the edition's folder one up (the file
// EmbedStory's head preloads).
export const load = async ({ data }) => ({
	...data,
	graphics: await loadStoryGraphics(data.locale, '../graphics.json')
});
