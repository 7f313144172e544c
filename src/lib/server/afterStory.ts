import { render } from 'svelte/server';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import AfterStory from '$components/sections/AfterStory.svelte';
import EmbedCodes from '$components/embed/EmbedCodes.svelte';
import { STORY_EMBED_CODES_ID_PREFIX, storyEmbedCodesProps } from '$lib/embed/storyEmbedCodes';
import { AFTER_STORY_MARKER } from '$story/afterStoryMarker';
import type { Locale } from '$story/registry';
import { sectionsData } from './sections';

const bundle = bundleJson as unknown as Bundle;

/**
 * The claims check, the disagreements and the methodology (400 sources) are most of a story
 * page's markup but need no script: rendering them here, outside the hydrated page, keeps
 * their data out of the page's payload and their nodes out of hydration. Their styles come
 * with them (`css="injected"`), since the browser bundle never sees these components.
 */
function renderAfterStory(locale: Locale): { head: string; body: string } {
	const story = bundle.stories[locale];
	if (!story.sections) return { head: '', body: '' };
	const embedCodes = render(EmbedCodes, {
		props: storyEmbedCodesProps(locale, story.meta.headline, story.ui),
		idPrefix: STORY_EMBED_CODES_ID_PREFIX
	});
	return render(AfterStory, {
		props: {
			sections: story.sections,
			data: sectionsData(bundle, locale),
			ui: story.ui,
			locale,
			embedCodesHtml: embedCodes.body
		}
	});
}

const rendered = new Map<Locale, { head: string; body: string }>();

/** A page with the after-story marker gets the sections in its place and their styles in its head. */
export function insertAfterStory(html: string): string {
	const found = AFTER_STORY_MARKER.exec(html);
	if (!found) return html;
	const locale = found[1] as Locale;
	if (!rendered.has(locale)) rendered.set(locale, renderAfterStory(locale));
	const { head, body } = rendered.get(locale)!;
	return html.replace(found[0], () => body).replace('</head>', () => `${head}</head>`);
}
