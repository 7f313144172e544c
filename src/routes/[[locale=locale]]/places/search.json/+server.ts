import { json } from '@sveltejs/kit';
import { searchIndex } from '$lib/server/explore/searchIndex';
import { editionEntries, localeOfSegment } from '$story/editions';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = editionEntries;

/** The town search's index, fetched when a reader starts to search. */
export const GET: RequestHandler = ({ params }) =>
	json(searchIndex(localeOfSegment(params.locale)));
