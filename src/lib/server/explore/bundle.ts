import bundleJson from '$lib/generated/bundle.json';
import type { Bundle, Place } from '$lib/data/types';

/** The compiled dataset, as every page of the explore pages reads it. */
export const bundle = bundleJson as unknown as Bundle;

export const placeById: ReadonlyMap<string, Place> = new Map(
	bundle.dataset.places.map((p) => [p.id, p])
);

/** Text in an edition's language, English for an edition the data does not write yet. */
export function localized(text: object, locale: string): string {
	const byLocale = text as Record<string, string>;
	return byLocale[locale] ?? byLocale.en ?? '';
}
