import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/story/localePath';
import { insertStaticRegions } from '$lib/server/staticRegions';
import { bootAfterFirstPaint } from '$lib/server/bootAfterFirstPaint';

/** The story's editions: their scripts wait for the reader (see bootAfterFirstPaint). */
const STORY_ROUTES = new Set(['/', '/fr']);

/**
 * `<html lang>` follows the edition being prerendered; static parts go in their places;
 * scripts wait for the first paint, and on the story itself for the reader.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			bootAfterFirstPaint(
				insertStaticRegions(html.replace('%lang%', localeFromPath(event.url.pathname))),
				{ waitForReader: STORY_ROUTES.has(event.route.id ?? '') }
			)
	});
