import { loadStoryGraphics } from '$lib/story/loadStoryGraphics';

export const load = async ({ data }) => ({ ...data, graphics: await loadStoryGraphics('en') });
