import { loadStoryGraphics } from '$lib/story/loadStoryGraphics';
import { prepareFirstScene } from '$lib/story/prepareFirstScene';

export const load = async ({ data }) => {
	const graphics = await loadStoryGraphics('en');
	await prepareFirstScene(graphics, data.story.steps, 'en');
	return { ...data, graphics };
};
