import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/story/localePath';
import { insertStaticRegions } from '$lib/server/staticRegions';

/** `<html lang>` follows the edition being prerendered; static parts go in their places. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			insertStaticRegions(html.replace('%lang%', localeFromPath(event.url.pathname)))
	});
