import { absoluteUrl } from '$lib/site';
import type { Locale } from '$story/registry';
import { embedPath } from './paths';

/**
 * The whole-story embed codes in the methodology section. The fixed-height iframe gets
 * the first section's embed, which steps through the story by its Previous/Next links:
 * the whole story in a frame of fixed height would be a scroll trap on a phone.
 */
export function storyEmbedCodesProps(
	locale: Locale,
	headline: string,
	ui: Record<string, string>,
	firstSlug: string
) {
	return {
		src: absoluteUrl(embedPath(locale)),
		fixedSrc: absoluteUrl(embedPath(locale, firstSlug)),
		title: headline,
		ui,
		id: 'deraa-2018',
		fallbackHeight: 800
	};
}
