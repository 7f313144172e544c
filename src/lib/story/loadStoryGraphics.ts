import type { GraphicsData } from '$lib/server/storyPage';
import type { Locale } from './registry';

/**
 * The graphic's data for a story page. The prerender reads it on the server; the browser
 * fetches the same JSON (routes graphics.json) before hydrating, so the 200 KB of geometry
 * and series are not written into the page's HTML, which a phone then reads and paints sooner.
 */
export async function loadStoryGraphics(locale: Locale): Promise<GraphicsData> {
	if (import.meta.env.SSR) {
		const { storyGraphics } = await import('$lib/server/storyPage');
		return storyGraphics(locale);
	}
	try {
		// Relative to the edition's page (/ or /fr/), under any base path.
		const response = await fetch('graphics.json');
		if (!response.ok) throw new Error(`graphics.json: ${response.status}`);
		return await response.json();
	} catch (error) {
		// Without its data the page cannot come alive, but the prerendered page still reads
		// (text, sources, the first map): leave it as it is rather than show an error page.
		console.warn('The graphic could not load its data; the page stays as prerendered.', error);
		return new Promise(() => {});
	}
}
