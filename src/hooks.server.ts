import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/story/localePath';
import { insertAfterStory } from '$lib/server/afterStory';

/** `<html lang>` follows the edition being prerendered; story pages get their static sections. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			insertAfterStory(html.replace('%lang%', localeFromPath(event.url.pathname)))
	});
