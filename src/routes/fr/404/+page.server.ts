import { storyText } from '$lib/server/storyPage';

export const load = () => ({ headline: storyText('fr').story.meta.headline });
