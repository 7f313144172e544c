import { storyText } from '$lib/server/storyPage';

export const load = () => storyText('fr');
