import type { Place } from '$lib/data/types';

/** A place's name in an edition's language: the Arabic name for an Arabic edition. */
export function placeName(place: Pick<Place, 'name' | 'name_ar'>, locale: string): string {
	if (locale === 'ar') return place.name_ar || place.name.en;
	return (place.name as unknown as Record<string, string>)[locale] ?? place.name.en;
}

/** Every spelling of a place a reader may type, in every script, once each. */
export function allSpellings(place: Pick<Place, 'name' | 'name_ar' | 'alt_names'>): string[] {
	const names = [...Object.values(place.name), place.name_ar, ...place.alt_names];
	return [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))];
}
