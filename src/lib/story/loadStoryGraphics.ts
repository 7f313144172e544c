import type { GraphicsData } from '$lib/wire';
import type { Locale } from './registry';

/** One request per file and page load: an embed stepping through sections reuses it. */
const requests = new Map<string, Promise<GraphicsData>>();

async function fetchGraphics(url: string): Promise<GraphicsData> {
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`graphics.json: ${response.status}`);
		return await response.json();
	} catch (error) {
		requests.delete(url);
		// Without its data the page cannot come alive, but the prerendered page still reads
		// (text, sources, the graphic): leave it as it is rather than show an error page.
		console.warn('The graphic could not load its data; the page stays as prerendered.', error);
		return new Promise(() => {});
	}
}

/**
 * The graphic's data for a section's embed page. The prerender reads it on the server;
 * the browser fetches the same JSON as the story's island (routes graphics.json, one per
 * edition, so the HTTP cache serves it to each) rather than 200 KB of geometry and series
 * written into every page's HTML. `address` is the edition's file relative to the page,
 * so the site works under any base path.
 */
export async function loadStoryGraphics(locale: Locale, address: string): Promise<GraphicsData> {
	if (import.meta.env.SSR) {
		const { storyGraphics } = await import('$lib/server/storyPage');
		return storyGraphics(locale);
	}
	const url = new URL(address, location.href).href;
	let request = requests.get(url);
	if (!request) {
		request = fetchGraphics(url);
		requests.set(url, request);
	}
	return request;
}
