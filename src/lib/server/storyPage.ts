import { createHash } from 'node:crypto';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { editionPath } from '$lib/story/editions';
import type { Locale } from '$lib/story/registry';
import { islandPath } from 'virtual:island';
import { chartData } from './chartData';
import { mapData } from './mapData';
import { mapLabels } from './mapLabels';
import { sectionsData } from './sections';
import { storyOf } from './storyWithAlts';
import type { GraphicsData, StoryPageData, StoryText } from '$lib/wire';

const bundle = bundleJson as unknown as Bundle;

/**
 * What the story island fetches (`graphics.json`, one per edition): map geometry and
 * layers, label placements, chart series, and each step's slug, date, title, graphic state
 * and text alternative. The prose stays in the HTML.
 */
export function storyGraphics(locale: Locale): GraphicsData {
	return {
		map: mapData(bundle),
		mapLabels: mapLabels(bundle, locale),
		charts: chartData(bundle, locale),
		steps: storyOf(locale).steps.map((step) => ({ ...step, paragraphs: [] }))
	};
}

const versions = new Map<Locale, string>();

/**
 * A short hash of an edition's graphics.json: pages ask for `graphics.json?v=<hash>`, so
 * a copy cached from an earlier build never meets newer HTML.
 */
export function graphicsVersion(locale: Locale): string {
	let version = versions.get(locale);
	if (!version) {
		const json = JSON.stringify(storyGraphics(locale));
		version = createHash('sha256').update(json).digest('hex').slice(0, 12);
		versions.set(locale, version);
	}
	return version;
}

/** `./` from `/`, `../` from `/fr/`, `../../` from `/fr/embed/`: so any base path works. */
export function toSiteRoot(pathname: string): string {
	const depth = pathname.split('/').filter(Boolean).length;
	return depth ? '../'.repeat(depth) : './';
}

/**
 * A page that draws the whole story (an edition, or its whole-story embed), prerendered
 * without SvelteKit's client (`csr = false`): all of it is HTML, and the island
 * (src/island/story.ts) brings it to life. Nothing here is sent to the browser as data.
 */
export function storyPageData(locale: Locale, pathname: string): StoryPageData {
	const story = storyOf(locale);
	const root = toSiteRoot(pathname);
	const edition = `${root}${editionPath(locale).slice(1)}`;
	return {
		locale,
		story,
		sections: story.sections ? sectionsData(bundle, locale) : null,
		graphics: storyGraphics(locale),
		graphicsUrl: `${edition}graphics.json?v=${graphicsVersion(locale)}`,
		islandSrc: `${root}${islandPath}`
	};
}

/** What a section's embed page hydrates with: the edition's steps and the section's prose. */
export function storyText(locale: Locale): StoryText {
	const { sections, steps, ...story } = storyOf(locale);
	return {
		locale,
		story: {
			...story,
			intro: [],
			steps: steps.map((step) => ({ ...step, paragraphs: [] })),
			sections: null
		},
		afterStory: sections !== null
	};
}

export type { GraphicsData, StoryPageData, StoryText };
