import type { Locale } from './registry';

/**
 * Parts of a page that are static HTML rendered at build and never hydrated with the
 * page: the sections after the story, and each step's prose and share menu. The page
 * renders a marker comment in their place (server and browser alike, inside an `{@html}`,
 * so hydration keeps whatever replaced it); the server hook swaps each marker for the
 * part itself (see $lib/server/staticRegions). Their text and data stay out of the
 * page's payload and their nodes out of hydration.
 */
export const afterStoryMarker = (locale: Locale) => `<!--static:after-story:${locale}-->`;

export const stepBodyMarker = (locale: Locale, slug: string) =>
	`<!--static:step:${locale}:${slug}-->`;

/**
 * The sticky graphic's first map, drawn for the step of that slug. Unlike the other
 * parts it is hydrated, on its own, a task after the page (see Graphic).
 */
export const firstMapMarker = (locale: Locale, slug: string) =>
	`<!--static:map:${locale}:${slug}-->`;

/** Every marker: the part, the locale and, for a step or a map, its slug. */
export const STATIC_MARKER = /<!--static:(after-story|step|map):(en|fr)(?::([a-z0-9-]+))?-->/g;
