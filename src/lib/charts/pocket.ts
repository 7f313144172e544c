import type { Dataset } from '$lib/data/types';
import type { Locale } from '$story/registry';
import { daysBetween } from './dates';
import { estimatesOf, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

/** A locality the Khalid ibn al-Walid Army (JKW) held at some point in the offensive. */
export interface PocketPlace {
	id: string;
	name: string;
	/** First day held: null when held from before the offensive. */
	from: string | null;
	/** First day no longer held, as the main source dates it; null when no source dates it. */
	until: string | null;
	/** The earliest and latest dates any source gives for that loss (disputed dates). */
	untilEarliest: string | null;
	untilLatest: string | null;
}

export interface PocketDay {
	date: string;
	/** Held by the main dates. */
	held: number;
	/** Range across disputed dates; `high` also counts places whose loss no source dates. */
	low: number;
	high: number;
}

export interface PocketData {
	places: PocketPlace[];
	days: PocketDay[];
	/** Localities held as sources counted them (SOHR, Syria TV, SANA). */
	reported: Estimate[];
	source: SourceSummary;
}

export const POCKET_FROM = '2018-07-08';
export const POCKET_TO = '2018-08-03';

/** Valleys and regions are areas, not localities one can count. */
const COUNTED_KINDS = new Set(['city', 'town', 'village', 'hill', 'landmark', 'base', 'camp']);

export function pocketPlaces(dataset: Dataset, locale: Locale): PocketPlace[] {
	const kinds = new Map(dataset.places.map((p) => [p.id, p]));
	const byPlace = new Map<string, PocketPlace>();
	const rows = [...dataset.control].sort((a, b) =>
		(a.date_changed ?? '').localeCompare(b.date_changed ?? '')
	);
	for (const row of rows) {
		const place = kinds.get(row.place);
		if (!place || !COUNTED_KINDS.has(place.kind)) continue;
		if (row.controller_after === 'jkw' && row.controller_before !== 'jkw') {
			byPlace.set(row.place, {
				id: row.place,
				name: place.name[locale],
				from: row.date_changed,
				until: null,
				untilEarliest: null,
				untilLatest: null
			});
		} else if (row.controller_before === 'jkw' && row.controller_after !== 'jkw') {
			const held = byPlace.get(row.place) ?? {
				id: row.place,
				name: place.name[locale],
				from: null,
				until: null,
				untilEarliest: null,
				untilLatest: null
			};
			const dates = [row.date_changed, ...row.alt_dates].filter((d): d is string => !!d).sort();
			held.until = row.date_changed;
			held.untilEarliest = dates[0] ?? null;
			held.untilLatest = dates.at(-1) ?? null;
			byPlace.set(row.place, held);
		}
	}
	return [...byPlace.values()].sort(
		(a, b) =>
			(a.until ?? '9999').localeCompare(b.until ?? '9999') || a.name.localeCompare(b.name, locale)
	);
}

function heldOn(place: PocketPlace, date: string, until: string | null, undatedCounts: boolean) {
	if (place.from !== null && date < place.from) return false;
	if (until === null) return undatedCounts;
	return date < until;
}

export function pocketDay(places: readonly PocketPlace[], date: string): PocketDay {
	let held = 0;
	let low = 0;
	let high = 0;
	for (const p of places) {
		if (heldOn(p, date, p.until, false)) held++;
		if (heldOn(p, date, p.untilEarliest, false)) low++;
		if (heldOn(p, date, p.untilLatest, true)) high++;
	}
	return { date, held, low, high };
}

export function pocketData(dataset: Dataset, locale: Locale, links = new LinkTable()): PocketData {
	const places = pocketPlaces(dataset, locale);
	const ids = [
		...dataset.control
			.filter((c) => c.controller_after === 'jkw' || c.controller_before === 'jkw')
			.flatMap((c) => c.sources),
		...dataset.series
			.filter((p) => p.series === 'jkw_pocket' && p.unit === 'localities_held')
			.flatMap((p) => p.sources)
	];
	return {
		places,
		days: daysBetween(POCKET_FROM, POCKET_TO).map((d) => pocketDay(places, d)),
		reported: estimatesOf(dataset, 'jkw_pocket', 'localities_held', links),
		source: sourceSummary(dataset, ids, links)
	};
}
