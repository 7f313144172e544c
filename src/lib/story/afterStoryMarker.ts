import type { Locale } from './registry';

/**
 * Where a story page's static sections go. The page renders this comment (server and
 * browser alike, inside an `{@html}` so hydration adopts whatever replaced it); the
 * server hook swaps it for the sections rendered at build (see $lib/server/afterStory).
 */
export const afterStoryMarker = (locale: Locale) => `<!--after-story:${locale}-->`;

export const AFTER_STORY_MARKER = /<!--after-story:(en|fr)-->/;
