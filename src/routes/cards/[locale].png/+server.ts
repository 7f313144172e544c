import { error } from '@sveltejs/kit';
import { storyCardPng } from '$lib/server/cards/storyCard';
import { LOCALES, isLocale } from '$story/registry';
import type { EntryGenerator, RequestHandler } from './$types';

/** The whole story's 1200×630 social card, per edition, drawn once at build time. */
export const prerender = true;

export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'no such edition');
	return new Response(new Uint8Array(storyCardPng(params.locale)), {
		headers: { 'content-type': 'image/png' }
	});
};
