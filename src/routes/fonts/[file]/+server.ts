import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { ARABIC_FONT_WEIGHTS, arabicFont, arabicFontFile } from '$lib/server/arabicFont';

export const prerender = true;

/** One file per weight of the Arabic edition's typeface, subset at build time. */
export const entries: EntryGenerator = () =>
	ARABIC_FONT_WEIGHTS.map((weight) => ({ file: arabicFontFile(weight) }));

export const GET: RequestHandler = async ({ params }) => {
	const weight = ARABIC_FONT_WEIGHTS.find((w) => arabicFontFile(w) === params.file);
	if (!weight) error(404, 'no such font');
	const body = await arabicFont(weight, 'woff2');
	return new Response(new Uint8Array(body), {
		headers: { 'content-type': 'font/woff2' }
	});
};
