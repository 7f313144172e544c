import bundle from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { citation } from '$lib/data/downloads';
import { absoluteUrl } from '$lib/site';
import { DATA_INDEX_PATH } from '$lib/structuredData';
import { storyText } from '$lib/server/storyPage';
import { LOCALES, type Locale } from '$story/registry';

const record = (bundle as unknown as Bundle).record;
const homepage = absoluteUrl(DATA_INDEX_PATH);
const each = <T>(of: (locale: Locale) => T) =>
	Object.fromEntries(LOCALES.map((l) => [l, of(l)])) as Record<Locale, T>;

export const load = () => ({
	meta: each((l) => storyText(l).story.meta),
	version: record.current.version,
	released: record.current.date,
	citation: each((l) => citation(record, homepage, l))
});
