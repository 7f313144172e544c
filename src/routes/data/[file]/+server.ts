import { error } from '@sveltejs/kit';
import bundle from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { DOWNLOAD_NAMES, downloadFiles, type DownloadName } from '$lib/data/downloads';
import { absoluteUrl } from '$lib/site';
import { DATA_INDEX_PATH } from '$lib/structuredData';
import type { EntryGenerator, RequestHandler } from './$types';

/** Reader downloads (/data/events.csv …), written to the static build at prerender time. */
export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOAD_NAMES.map((file) => ({ file }));

const files = downloadFiles(bundle as unknown as Bundle, absoluteUrl(DATA_INDEX_PATH));

export const GET: RequestHandler = ({ params }) => {
	const file = files[params.file as DownloadName];
	if (!file) error(404, 'no such download');
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
