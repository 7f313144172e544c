import { storyText } from '$lib/server/storyPage';
import { LOCALES } from '$story/registry';

export const load = () =>
	Object.fromEntries(LOCALES.map((l) => [l, storyText(l).story.meta])) as Record<
		(typeof LOCALES)[number],
		ReturnType<typeof storyText>['story']['meta']
	>;
