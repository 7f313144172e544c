import { allSpellings, placeName } from '$lib/explore/names';
import { nameKeys, searchKey, type SearchEntry } from '$lib/explore/search';
import { bundle } from './bundle';
import { governorateName } from './governorates';

/**
 * The town search's index for an edition (places/search.json): each place's name in the
 * edition's language, its governorate, and the keys of all its spellings in every script.
 * The browser fetches it only when a reader starts to search.
 */
export function searchIndex(locale: string): SearchEntry[] {
	return bundle.dataset.places.map((p) => {
		const spellings = allSpellings(p);
		return {
			id: p.id,
			name: placeName(p, locale),
			area: governorateName(p.governorate, locale),
			keys: [...new Set(spellings.flatMap(nameKeys))],
			whole: [...new Set(spellings.map(searchKey))]
		};
	});
}
