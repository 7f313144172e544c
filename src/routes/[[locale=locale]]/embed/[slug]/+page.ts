import { loadStoryGraphics } from '$lib/story/loadStoryGraphics';

// The graphic's data, fetched beside the page from the edition's folder (the file
// EmbedSection's head preloads).
export const load = async ({ data }) => ({
	...data,
	graphics: await loadStoryGraphics(data.locale, data.graphicsUrl)
});
