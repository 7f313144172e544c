import { error } from '@sveltejs/kit';
import { stepFor } from '$lib/server/embed/pages';
import { stepCardPng } from '$lib/server/cards/renderCard';
import { LOCALES, isLocale } from '$story/registry';
import type { EntryGenerator, RequestHandler } from './$types';
import { slugEntries } from '$lib/server/embed/pages';

/** A 1200×630 social card per section and edition, drawn once at build time. */
export const prerender = true;

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => slugEntries(locale).map(({ slug }) => ({ locale, slug })));

export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'no such edition');
	const png = stepCardPng(params.locale, stepFor(params.locale, params.slug));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
