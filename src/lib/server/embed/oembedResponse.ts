import { json } from '@sveltejs/kit';
import { oembed } from '$lib/embed/oembed';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	PROVIDER_NAME,
	absoluteUrl,
	cardPath,
	embedPath
} from '$lib/embed/paths';
import { editionPath } from '$story/editions';
import type { Locale } from '$story/registry';
import { stepFor, storyFor } from './pages';

/** Width the embeds are designed for; a height that shows a section whole at that width. */
const WIDTH = 640;
const HEIGHT = 820;

/**
 * oEmbed for one section, or for the whole story when no slug is given: then the iframe
 * is the whole story (/embed/). oEmbed gives a plain iframe of a fixed height (WordPress
 * clamps it to 1000 px), and in a frame that does not grow the whole story scrolls inside
 * it with its graphic sticky, as on its own page.
 */
export function oembedResponse(locale: Locale, slug?: string): Response {
	const story = storyFor(locale);
	const step = slug ? stepFor(locale, slug) : story.steps[0]!;
	return json(
		oembed({
			title: slug ? `${step.title} · ${story.meta.headline}` : story.meta.headline,
			src: absoluteUrl(slug ? embedPath(locale, slug) : embedPath(locale)),
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
