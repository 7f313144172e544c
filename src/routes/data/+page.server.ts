import bundle from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { citation } from '$lib/data/downloads';
import { absoluteUrl } from '$lib/site';
import { DATA_INDEX_PATH } from '$lib/structuredData';
import { storyText } from '$lib/server/storyPage';

const record = (bundle as unknown as Bundle).record;
const homepage = absoluteUrl(DATA_INDEX_PATH);

export const load = () => ({
	meta: { en: storyText('en').story.meta, fr: storyText('fr').story.meta },
	version: record.current.version,
	released: record.current.date,
	citation: { en: citation(record, homepage, 'en'), fr: citation(record, homepage, 'fr') }
});
