import { error } from '@sveltejs/kit';
import { storyCardPng } from '$lib/server/cards/storyCard';
import { arabicCardFonts } from '$lib/server/arabicFont';
import { EDITIONS } from '$story/editions';
import { LOCALES, isLocale } from '$story/registry';
import type { EntryGenerator, RequestHandler } from './$types';

/** The whole story's 1200×630 social card, per edition, drawn once at build time. */
export const prerender = true;

export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = async ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'no such edition');
	const fonts = EDITIONS[params.locale].dir === 'rtl' ? await arabicCardFonts() : [];
	return new Response(new Uint8Array(storyCardPng(params.locale, fonts)), {
		headers: { 'content-type': 'image/png' }
	});
};
