import { json } from '@sveltejs/kit';
import { exploreJson } from '$lib/server/explore/explorer';
import { editionEntries, localeOfSegment } from '$story/editions';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = editionEntries;

/** The map explorer's data (places, control rows, the period's events), fetched when used. */
export const GET: RequestHandler = ({ params }) =>
	json(exploreJson(localeOfSegment(params.locale)));
