import { oembedResponse } from '$lib/server/embed/oembedResponse';
import { editionEntries, localeOfSegment } from '$story/editions';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = editionEntries;

export const GET: RequestHandler = ({ params }) => oembedResponse(localeOfSegment(params.locale));
