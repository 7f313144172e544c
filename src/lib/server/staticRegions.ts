import { render } from 'svelte/server';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import AfterStory from '$components/sections/AfterStory.svelte';
import EmbedCodes from '$components/embed/EmbedCodes.svelte';
import ShareMenu from '$components/story/ShareMenu.svelte';
import StepBody from '$components/story/StepBody.svelte';
import StoryText from '$components/story/StoryText.svelte';
import MapGraphic from '$components/graphic/MapGraphic.svelte';
import ScrollyStory from '$components/story/ScrollyStory.svelte';
import { firstMapProps } from '$components/graphic/firstMap';
import { STORY_EMBED_CODES_ID_PREFIX, storyEmbedCodesProps } from '$lib/embed/storyEmbedCodes';
import { shareMenuIdPrefix, stepShareMenuProps } from '$lib/embed/stepShareMenu';
import { STATIC_MARKER } from '$story/staticMarkers';
import type { Locale } from '$story/registry';
import { sectionsData } from './sections';
import { storyGraphics, storyText } from './storyPage';
import { storyOf } from './storyWithAlts';

const bundle = bundleJson as unknown as Bundle;

interface Rendered {
	head: string;
	body: string;
}

/**
 * A static part is never hydrated as a whole, so the comments Svelte leaves for hydration
 * are only weight for the parser (over a thousand on a story page).
 */
const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** Where a part's one hydrated control goes, once the part's own markup is trimmed. */
const SLOT = '\u0000hydrated-control\u0000';

/**
 * A static part with its one hydrated control in its slot: the control keeps its
 * hydration comments, the part around it does not.
 */
function fillSlot(staticHtml: string, controlHtml: string): string {
	const [before, after, ...rest] = withoutComments(staticHtml).split(SLOT);
	if (before === undefined || after === undefined || rest.length) {
		throw new Error('a static part must place its hydrated control exactly once');
	}
	return before + controlHtml + after;
}

/**
 * The claims check, the disagreements and the methodology are much of a story page's
 * markup but need no script: only the whole-story embed codes are hydrated, on their own.
 * Their styles come with them (`css="injected"`): the browser bundle never sees these
 * components.
 */
function renderAfterStory(locale: Locale): Rendered {
	const story = bundle.stories[locale];
	if (!story.sections) return { head: '', body: '' };
	const embedCodes = render(EmbedCodes, {
		props: storyEmbedCodesProps(locale, story.meta.headline, story.ui),
		idPrefix: STORY_EMBED_CODES_ID_PREFIX
	});
	const sections = render(AfterStory, {
		props: {
			sections: story.sections,
			data: sectionsData(bundle, locale),
			ui: story.ui,
			locale,
			embedCodesHtml: SLOT
		},
		idPrefix: 'after'
	});
	return { head: sections.head, body: fillSlot(sections.body, embedCodes.body) };
}

/**
 * The story's introduction (the browser neither downloads it as data nor the code that
 * draws prose). Its figures' styles come with it (`css="injected"`).
 */
function renderIntro(locale: Locale): Rendered {
	const intro = render(StoryText, {
		props: { paragraphs: bundle.stories[locale].intro, locale },
		idPrefix: 'intro'
	});
	return { head: intro.head, body: withoutComments(intro.body) };
}

/** A step's prose and share menu (StepBody); the card around it is the page's. */
function renderStepBody(locale: Locale, slug: string): Rendered {
	const story = storyOf(locale);
	const step = story.steps.find((s) => s.slug === slug);
	if (!step) throw new Error(`No step "${slug}" in the ${locale} story`);
	const shareMenu = render(ShareMenu, {
		props: stepShareMenuProps(locale, step, story.ui),
		idPrefix: shareMenuIdPrefix(slug)
	});
	const body = render(StepBody, {
		props: { step, locale, ui: story.ui, shareMenuHtml: SLOT },
		idPrefix: `step-${slug}`
	});
	return { head: body.head, body: fillSlot(body.body, shareMenu.body) };
}

/**
 * The sticky graphic's map for its first step, with Svelte's hydration comments: the
 * browser hydrates it on its own, a task after the graphic, from the same props (Graphic).
 * Its styles are the page's: the browser bundle draws maps too.
 */
function renderFirstMap(locale: Locale, slug: string): Rendered {
	const step = bundle.stories[locale].steps.find((s) => s.slug === slug);
	if (step?.state.graphic !== 'map')
		throw new Error(`No map step "${slug}" in the ${locale} story`);
	const map = render(MapGraphic, {
		props: firstMapProps(storyGraphics(locale), step.state, locale)
	});
	return { head: '', body: map.body };
}

/**
 * A story page's scrolled story, with Svelte's hydration comments: the browser hydrates it
 * on its own, a task after the page, from the page's data (StoryPage). Its step cards and
 * its first map are parts of their own, put in by their markers. Ids from its render are
 * kept apart from the page's.
 */
function renderScrolly(locale: Locale): Rendered {
	const scrolly = render(ScrollyStory, {
		props: { story: storyText(locale).story, locale, graphics: storyGraphics(locale) },
		idPrefix: 'scrolly'
	});
	return { head: '', body: scrolly.body };
}

/** How each kind of part is rendered; a step's or a map's names the step by its slug. */
const RENDERERS: Record<string, (locale: Locale, slug: string) => Rendered> = {
	intro: renderIntro,
	'after-story': renderAfterStory,
	scrolly: renderScrolly,
	step: renderStepBody,
	map: renderFirstMap
};

const rendered = new Map<string, Rendered>();

function renderRegion(part: string, locale: Locale, slug = ''): Rendered {
	const key = `${part}:${locale}:${slug}`;
	let region = rendered.get(key);
	if (!region) {
		const renderPart = RENDERERS[part];
		if (!renderPart) throw new Error(`No static part "${part}"`);
		region = renderPart(locale, slug);
		rendered.set(key, region);
	}
	return region;
}

/** Replaces each marker in `html` with its part, markers in the part included. */
function fillMarkers(html: string, styles: Map<string, string>): string {
	return html.replace(STATIC_MARKER, (_marker, part: string, locale: Locale, slug?: string) => {
		const { head, body } = renderRegion(part, locale, slug);
		for (const style of head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [])
			styles.set(style, style);
		// One element around the part: hydration adopts everything up to the first empty
		// comment beside the marker, and a part's own top level has such comments.
		return `<div data-static-part="${part}">${fillMarkers(body, styles)}</div>`;
	});
}

/**
 * Replaces each static marker in a page with its part, and puts the parts' styles in the
 * head once each. Pages without markers pass through unchanged.
 */
export function insertStaticRegions(html: string): string {
	const styles = new Map<string, string>();
	const filled = fillMarkers(html, styles);
	if (!styles.size) return filled;
	return filled.replace('</head>', () => `${[...styles.values()].join('')}</head>`);
}
