import { oembedResponse } from '$lib/server/embed/oembedResponse';
import { editionSlugEntries } from '$lib/server/embed/pages';
import { localeOfSegment } from '$story/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionSlugEntries;

export const GET: RequestHandler = ({ params }) =>
	oembedResponse(localeOfSegment(params.locale), params.slug);
