import { oembedResponse } from '$lib/server/embed/oembedResponse';
import { slugEntries } from '$lib/server/embed/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => slugEntries('en');

export const GET: RequestHandler = ({ params }) => oembedResponse('en', params.slug);
