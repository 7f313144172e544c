import { json } from '@sveltejs/kit';
import { storyGraphics } from '$lib/server/storyPage';
import { editionEntries, localeOfSegment } from '$story/editions';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = editionEntries;

/** The graphic's data, fetched by the page as it starts instead of riding in its HTML. */
export const GET: RequestHandler = ({ params }) =>
	json(storyGraphics(localeOfSegment(params.locale)));
