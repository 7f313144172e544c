import { storyText } from '$lib/server/storyPage';

import { LOCALES, type Locale } from '$story/registry';
import type { StoryMeta } from '$story/types';

export const load = () =>
	Object.fromEntries(LOCALES.map((l) => [l, storyText(l).story.meta])) as Record<Locale, StoryMeta>;
