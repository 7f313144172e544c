import { exploreIslandPath } from 'virtual:island';
import { EDITIONS, siteRootFrom } from '$story/editions';
import { LOCALES, type Locale } from '$story/registry';
import { storyOf } from '$lib/server/storyWithAlts';
import { bundle } from './bundle';

/** Prerender entries of `/places/<id>/`: every place in every edition. */
export function placeEntries(): { locale: string; id: string }[] {
	return LOCALES.flatMap((l) =>
		bundle.dataset.places.map((p) => ({ locale: EDITIONS[l].segment, id: p.id }))
	);
}

/** What every explore page needs besides its own data: the headline and the island. */
export function explorePageShell(locale: Locale, within: string) {
	return {
		headline: storyOf(locale).meta.headline,
		islandSrc: `${siteRootFrom(locale, within)}${exploreIslandPath}`
	};
}
