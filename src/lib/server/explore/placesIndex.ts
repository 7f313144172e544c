import { placeName } from '$lib/explore/names';
import { exploreWords, type ExploreWords } from '$lib/explore/strings';
import type { Locale } from '$story/registry';
import { bundle } from './bundle';
import { GOVERNORATE_ORDER, governorateName } from './governorates';

export interface PlacesIndexData {
	locale: Locale;
	words: ExploreWords;
	groups: { governorate: string; places: { id: string; name: string }[] }[];
}

/**
 * The name as an index files it: Arabic indexes and dictionaries pass over the article
 * (الشجرة under ش), or half the list would sit under ا.
 */
const filedAs = (name: string, locale: Locale) =>
	locale === 'ar' ? name.replace(/^\u0627\u0644(?=\S\S)/, '') : name;

/** Every place, grouped by governorate (the offensive's three first), by name within each. */
export function placesIndexData(locale: Locale): PlacesIndexData {
	const groups = new Map<string, { id: string; name: string }[]>();
	for (const p of bundle.dataset.places) {
		const list = groups.get(p.governorate) ?? [];
		list.push({ id: p.id, name: placeName(p, locale) });
		groups.set(p.governorate, list);
	}
	const rank = (g: string) => {
		const i = GOVERNORATE_ORDER.indexOf(g);
		return i < 0 ? GOVERNORATE_ORDER.length : i;
	};
	const collator = new Intl.Collator(locale);
	return {
		locale,
		words: exploreWords(locale),
		groups: [...groups]
			.sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b))
			.map(([g, places]) => ({
				governorate: governorateName(g, locale),
				places: places.sort(
					(a, b) =>
						collator.compare(filedAs(a.name, locale), filedAs(b.name, locale)) ||
						collator.compare(a.name, b.name)
				)
			}))
	};
}
