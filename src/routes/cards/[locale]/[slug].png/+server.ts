import { error } from '@sveltejs/kit';
import { stepFor } from '$lib/server/embed/pages';
import { stepCardPng } from '$lib/server/cards/renderCard';
import { arabicCardFonts } from '$lib/server/arabicFont';
import { EDITIONS } from '$story/editions';
import { LOCALES, isLocale } from '$story/registry';
import type { EntryGenerator, RequestHandler } from './$types';
import { slugEntries } from '$lib/server/embed/pages';

/** A 1200×630 social card per section and edition, drawn once at build time. */
export const prerender = true;

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => slugEntries(locale).map(({ slug }) => ({ locale, slug })));

export const GET: RequestHandler = async ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'no such edition');
	// A right-to-left edition's card needs its script's typeface (Arabic: Noto Naskh Arabic).
	const fonts = EDITIONS[params.locale].dir === 'rtl' ? await arabicCardFonts() : [];
	const png = stepCardPng(params.locale, stepFor(params.locale, params.slug), fonts);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
