import { oembedResponse } from '$lib/server/embed/oembedResponse';

export const prerender = true;

export const GET = () => oembedResponse('en');
