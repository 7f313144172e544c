import { liveUrl } from '$lib/liveUrl';
import type { Locale } from '$story/registry';
import { embedPath } from './paths';

/**
 * The whole-story embed codes in the methodology section. That section is static HTML
 * (rendered once at build, never hydrated as a whole); only these codes come alive in the
 * browser, so server and client must build the same props from the same inputs.
 */
export function storyEmbedCodesProps(locale: Locale, headline: string, ui: Record<string, string>) {
	return {
		src: liveUrl(embedPath(locale)),
		title: headline,
		ui,
		id: 'deraa-2018',
		fallbackHeight: 800
	};
}

/** Keeps the ids the codes' server render makes apart from the page's own. */
export const STORY_EMBED_CODES_ID_PREFIX = 'story-embed';

/** The element (in MethodologySection) the codes are rendered into and hydrated from. */
export const STORY_EMBED_CODES_SELECTOR = '[data-story-embed-codes]';
