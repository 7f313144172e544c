import { faviconPng } from '$lib/server/favicon';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(faviconPng(), { headers: { 'content-type': 'image/png' } });
