import { oembedResponse } from '$lib/server/embed/oembedResponse';
import { slugEntries } from '$lib/server/embed/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => slugEntries('fr');

export const GET: RequestHandler = ({ params }) => oembedResponse('fr', params.slug);
