import { json } from '@sveltejs/kit';
import { oembed } from '$lib/embed/oembed';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	PROVIDER_NAME,
	absoluteUrl,
	cardPath,
	editionPath,
	embedPath
} from '$lib/embed/paths';
import type { Locale } from '$story/registry';
import { stepFor, storyFor } from './pages';

/** Width the stepper is designed for and a height that shows it whole at that width. */
const WIDTH = 640;
const HEIGHT = 820;

/**
 * oEmbed for one section, or for the whole story when no slug is given. WordPress
 * clamps oEmbed iframes to 1000 px in height, so the whole story is offered in its
 * stepper form (the first section, stepping on from there) rather than as a
 * scrolling page it would cut off.
 */
export function oembedResponse(locale: Locale, slug?: string): Response {
	const story = storyFor(locale);
	const step = slug ? stepFor(locale, slug) : story.steps[0]!;
	return json(
		oembed({
			title: slug ? `${step.title} · ${story.meta.headline}` : story.meta.headline,
			src: absoluteUrl(embedPath(locale, step.slug)),
			providerName: PROVIDER_NAME,
			providerUrl: absoluteUrl(editionPath(locale)),
			authorName: story.meta.byline.replace(/^(by|par)\s+/i, ''),
			thumbnailUrl: absoluteUrl(cardPath(locale, step.slug)),
			thumbnailWidth: CARD_WIDTH,
			thumbnailHeight: CARD_HEIGHT,
			width: WIDTH,
			height: HEIGHT
		})
	);
}
