import { error } from '@sveltejs/kit';
import { EDITIONS, siteRootFrom } from '$story/editions';
import { LOCALES, type Locale } from '$story/registry';
import type { Step, Story } from '$story/types';
import { sectionIslandPath } from 'virtual:island';
import { storyGraphics, storyText } from '../storyPage';
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
 * One section's embed page, static HTML: the edition's steps (for the stepper and the
 * count), the section's prose and the graphic's data to draw its state at build.
 */
export function sectionPageData(locale: Locale, slug: string) {
	const { paragraphs } = stepFor(locale, slug);
	const text = storyText(locale);
	const steps = text.story.steps.map((s) => (s.slug === slug ? { ...s, paragraphs } : s));
	// Two folders below the edition's, which is at most one below the site's root.
	const islandSrc = `${siteRootFrom(locale, `embed/${slug}/`)}${sectionIslandPath}`;
	return {
		...text,
		story: { ...text.story, steps },
		slug,
		graphics: storyGraphics(locale),
		islandSrc
	};
}
