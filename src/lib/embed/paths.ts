import { absoluteUrl } from '$lib/site';
import type { Locale } from '$story/registry';
import { editionPath } from '$story/editions';

/**
 * Where the embeddable and shareable pages live, as site paths (`/fr/embed/…`).
 * Pages link to each other relatively; these absolute forms are for what leaves the
 * site (embed codes, oEmbed, social cards), which must name the published address.
 */
/** The whole story for iframes, or one section of it when a slug is given. */
export function embedPath(locale: Locale, slug?: string): string {
	return `${editionPath(locale)}embed/${slug ? `${slug}/` : ''}`;
}

export function oembedPath(locale: Locale, slug?: string): string {
	return `${embedPath(locale, slug)}oembed.json`;
}

/** The page a reader shares: its own card, then on to the story at that section. */
export function sharePath(locale: Locale, slug: string): string {
	return `${editionPath(locale)}s/${slug}/`;
}

export function cardPath(locale: Locale, slug: string): string {
	return `/cards/${locale}/${slug}.png`;
}

/** The card for the whole story, shown when a reader shares the edition itself. */
export function storyCardPath(locale: Locale): string {
	return `/cards/${locale}.png`;
}

/** The pym.js copy we serve, so host pages load it from us and not from a third party. */
export const PYM_PATH = '/embed/pym.v1.min.js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export { absoluteUrl };

/** Who publishes the embed, as oEmbed consumers show it. */
export const PROVIDER_NAME = 'Graphics desk';
