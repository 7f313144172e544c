import { storyText } from '$lib/server/storyPage';

export const load = () => ({ headline: storyText('en').story.meta.headline });
