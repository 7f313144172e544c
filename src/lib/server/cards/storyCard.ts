import { storyOf } from '$lib/server/storyWithAlts';
import { STORY_CARD_KICKER, STORY_CARD_STEP } from '$lib/storyCard';
import type { Locale } from '$story/registry';
import { rasterise, stepCardSvg } from './renderCard';

/**
 * The whole story's card: the step card of STORY_CARD_STEP's graphic under the story's
 * own headline, with where and when above it and who made it below.
 */
export function storyCardPng(locale: Locale, extraFonts: readonly string[] = []): Buffer {
	const story = storyOf(locale);
	const step = story.steps.find((s) => s.slug === STORY_CARD_STEP);
	if (!step) throw new Error(`story card: no step "${STORY_CARD_STEP}" in the ${locale} edition`);
	return rasterise(
		stepCardSvg(locale, step, {
			headline: story.meta.headline,
			kicker: STORY_CARD_KICKER[locale],
			foot: story.meta.byline
		}),
		extraFonts
	);
}
