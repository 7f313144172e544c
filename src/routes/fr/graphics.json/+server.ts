import { json } from '@sveltejs/kit';
import { storyGraphics } from '$lib/server/storyPage';

export const prerender = true;

/** The graphic's data, fetched by the page as it starts instead of riding in its HTML. */
export const GET = () => json(storyGraphics('fr'));
