import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import type { Locale } from '$lib/story/registry';
import { sectionsData } from './sections';

const bundle = bundleJson as unknown as Bundle;

/**
 * The page that lists every source (`/sources/`, `/fr/sources/`). It is its own page, not
 * part of the story's, so a phone loading the story does not download and lay out 400
 * links it may never open; the methodology section links to it.
 */
export function sourcesPageData(locale: Locale) {
	const story = bundle.stories[locale];
	const part = story.sections?.methodology.parts.find((p) => p.id === 'sources');
	if (!part) throw new Error(`The ${locale} story file has no methodology part "sources"`);
	return {
		locale,
		headline: story.meta.headline,
		title: part.title,
		intro: part.text,
		ui: story.ui,
		sourceGroups: sectionsData(bundle, locale).sourceGroups
	};
}
