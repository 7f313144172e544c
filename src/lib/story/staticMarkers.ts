import type { Locale } from './registry';

/**
 * Parts of a page rendered at build apart from the page and never hydrated with it. The
 * page renders a marker comment in their place (server and browser alike, inside an
 * `{@html}`, so hydration keeps whatever replaced it); the server hook swaps each marker
 * for the part itself (see $lib/server/staticRegions), markers inside a part included.
 * The introduction, the sections after the story and each step's prose and share menu
 * stay static HTML: their text, their data and the code that draws them stay out of the
 * page's payload and their nodes out of hydration.
 * The scrolled story and the first map are hydrated later, each in a task of its own.
 */
export const introMarker = (locale: Locale) => `<!--static:intro:${locale}-->`;

export const afterStoryMarker = (locale: Locale) => `<!--static:after-story:${locale}-->`;

export const stepBodyMarker = (locale: Locale, slug: string) =>
	`<!--static:step:${locale}:${slug}-->`;

/**
 * The scrolled story (the sticky graphic, the step cards and their controls). Unlike the
 * static parts it is hydrated, on its own, a task after the rest of the page (StoryPage).
 */
export const scrollyMarker = (locale: Locale) => `<!--static:scrolly:${locale}-->`;

/**
 * The sticky graphic's first map, drawn for the step of that slug. Like the scrolled
 * story it is hydrated on its own, a task after the part around it (see Graphic).
 */
export const firstMapMarker = (locale: Locale, slug: string) =>
	`<!--static:map:${locale}:${slug}-->`;

/** Every marker: the part, the locale and, for a step or a map, its slug. */
export const STATIC_MARKER =
	/<!--static:(intro|after-story|scrolly|step|map):(en|fr)(?::([a-z0-9-]+))?-->/g;
