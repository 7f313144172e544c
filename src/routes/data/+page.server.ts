import { storyText } from '$lib/server/storyPage';

export const load = () => ({ en: storyText('en').story.meta, fr: storyText('fr').story.meta });
