import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/story/localePath';

/** `<html lang>` follows the edition being prerendered. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeFromPath(event.url.pathname))
	});
