import { error } from '@sveltejs/kit';
import { EDITIONS } from '$story/editions';
import { LOCALES, type Locale } from '$story/registry';
import type { Step, Story } from '$story/types';
import { graphicsVersion, storyText } from '../storyPage';
import { storyOf } from '../storyWithAlts';

/** The edition as pages show it: each step's alt with its generated state (storyOf). */
export function storyFor(locale: Locale): Story {
	return storyOf(locale);
}

/** Every section slug of an edition, for prerendering the per-section pages. */
export function slugEntries(locale: Locale): { slug: string }[] {
	return storyFor(locale).steps.map(({ slug }) => ({ slug }));
}

/** Prerender entries for a `[[locale=locale]]/…/[slug]` route: every section of every edition. */
export function editionSlugEntries(): { locale: string; slug: string }[] {
	return LOCALES.flatMap((l) =>
		slugEntries(l).map(({ slug }) => ({ locale: EDITIONS[l].segment, slug }))
	);
}

export function stepFor(locale: Locale, slug: string): Step {
	const step = storyFor(locale).steps.find((s) => s.slug === slug);
	if (!step) error(404, `no section ${slug}`);
	return step;
}

/**
 * One section's embed page: the whole edition (the stepper moves through it) and the
 * slug, with the prose of that section only (a step to another section loads that
 * section's page data). The graphic's data is fetched beside it (its +page.ts).
 */
export function sectionPageData(locale: Locale, slug: string) {
	const { paragraphs } = stepFor(locale, slug);
	const text = storyText(locale);
	const steps = text.story.steps.map((s) => (s.slug === slug ? { ...s, paragraphs } : s));
	// The edition's graphics.json, two folders up, named by its content hash.
	const graphicsUrl = `../../graphics.json?v=${graphicsVersion(locale)}`;
	return { ...text, story: { ...text.story, steps }, slug, graphicsUrl };
}
