import type { Handle } from '@sveltejs/kit';
import { EDITIONS, localeFromPath } from '$lib/story/editions';

/**
 * `<html lang dir>` follow the edition being prerendered (the placeholders in app.html,
 * filled through `transformPageChunk`, SvelteKit's documented way to set them).
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFromPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%dir%', EDITIONS[locale].dir)
	});
};
