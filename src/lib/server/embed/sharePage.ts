import type { Locale } from '$story/registry';
import { plainText, truncate } from '$story/plainText';
import { stepFor, storyFor } from './pages';
import type { SharePageData } from '$lib/wire';

/** What a section's share page needs: its words for the card, nothing else of the story. */
export function sharePageData(locale: Locale, slug: string): SharePageData {
	const story = storyFor(locale);
	const step = stepFor(locale, slug);
	const first = step.paragraphs[0];
	return {
		locale,
		slug,
		title: step.title,
		description: truncate(first ? plainText(first, locale) : step.alt, 200),
		/** The card is the step's graphic: its text alternative, human sentence and state. */
		imageAlt: step.alt,
		date: step.date,
		headline: story.meta.headline,
		ui: story.ui
	};
}

export type { SharePageData };
