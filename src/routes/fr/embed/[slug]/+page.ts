import { loadStoryGraphics } from '$lib/story/loadStoryGraphics';

// The graphic's data, fetched beside the page from the edition's folder two up (the file
// EmbedSection's head preloads).
export const load = async ({ data }) => ({
	...data,
	graphics: await loadStoryGraphics(data.locale, '../../graphics.json')
});
