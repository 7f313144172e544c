import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/story/localePath';
import { insertStaticRegions } from '$lib/server/staticRegions';
import { bootAfterFirstPaint } from '$lib/server/bootAfterFirstPaint';

/**
 * `<html lang>` follows the edition being prerendered; static parts go in their places;
 * scripts wait for the first paint.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			bootAfterFirstPaint(
				insertStaticRegions(html.replace('%lang%', localeFromPath(event.url.pathname)))
			)
	});
