import { geoDistance } from 'd3-geo';
import type { DatasetEvent, Place } from '$lib/data/types';
import { placeHistory, type PlaceHistory } from '$lib/explore/history';
import { placeName } from '$lib/explore/names';
import { exploreWords, type ExploreWords } from '$lib/explore/strings';
import { storyOf } from '$lib/server/storyWithAlts';
import { formatDate } from '$story/format';
import { publisherName } from '$story/publisherName';
import type { Locale } from '$story/registry';
import { bundle, localized, placeById } from './bundle';
import { exploreBase, explorePoints, type ExploreBase, type ExplorePoint } from './base';
import { governorateName } from './governorates';

/** Events this close to a place (km) are "nearby" on its page. */
const NEAR_KM = 5;
const EARTH_KM = 6371.0088;

export interface SourceLink {
	label: string;
	url: string;
}

export interface PlaceEvent {
	id: string;
	date: string;
	dateEnd: string | null;
	summary: string;
	/** Named at a neighbouring place, not this one. */
	near: string | null;
	sources: SourceLink[];
}

export interface PlaceLink {
	id: string;
	name: string;
}

export interface PlacePageData {
	locale: Locale;
	words: ExploreWords;
	id: string;
	name: string;
	names: { en: string; fr: string; ar: string };
	alt: string[];
	governorate: string;
	kind: Place['kind'];
	/** Where the point comes from, or null when it has none. */
	location: { approx: boolean; offMap: boolean; lon: number; lat: number } | null;
	whole: PlaceLink | null;
	parts: PlaceLink[];
	history: PlaceHistory;
	sourceLinks: Record<string, SourceLink>;
	events: PlaceEvent[];
	steps: { slug: string; title: string; date: string | null }[];
	/** The locator map: its base, this place's point and the other marked places. */
	locator: { base: ExploreBase; at: ExplorePoint; others: ExplorePoint[] } | null;
	/** The day the explorer opens on from this page: its (first) change of control. */
	mapDay: string | null;
}

function sourceLink(id: string, locale: Locale): SourceLink {
	const source = bundle.dataset.sources.find((s) => s.id === id);
	if (!source) return { label: id, url: '' };
	const date = source.date ? `${exploreWords(locale).comma}${formatDate(source.date, locale)}` : '';
	return { label: `${publisherName(source.publisher, locale)}${date}`, url: source.url };
}

function located(p: Place): p is Place & { lon: number; lat: number } {
	return p.lon !== null && p.lat !== null;
}

function km(a: [number, number], b: [number, number]): number {
	return geoDistance(a, b) * EARTH_KM;
}

/** The place itself, its whole and its parts: one place to a reader. */
function family(place: Place): Set<string> {
	const ids = new Set([place.id]);
	if (place.part_of) ids.add(place.part_of);
	for (const p of bundle.dataset.places) if (p.part_of === place.id) ids.add(p.id);
	return ids;
}

function eventsAt(place: Place, locale: Locale): PlaceEvent[] {
	const own = family(place);
	const neighbours = located(place)
		? bundle.dataset.places.filter(
				(p) =>
					!own.has(p.id) &&
					located(p) &&
					p.kind !== 'region' &&
					km([place.lon, place.lat], [p.lon, p.lat]) <= NEAR_KM
			)
		: [];
	const near = new Map(neighbours.map((p) => [p.id, p]));
	const found: PlaceEvent[] = [];
	for (const e of bundle.dataset.events) {
		const here = e.places.some((id) => own.has(id));
		const close = here ? undefined : e.places.map((id) => near.get(id)).find(Boolean);
		if (!here && !close) continue;
		found.push(toEvent(e, close ? placeName(close, locale) : null, locale));
	}
	return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function toEvent(e: DatasetEvent, near: string | null, locale: Locale): PlaceEvent {
	return {
		id: e.id,
		date: e.date,
		dateEnd: e.date_end,
		summary: localized(e.summary, locale),
		near,
		sources: e.sources.map((s) => sourceLink(s, locale))
	};
}

function stepsAbout(place: Place, locale: Locale): PlacePageData['steps'] {
	const own = family(place);
	const events = new Set(
		bundle.dataset.events.filter((e) => e.places.some((id) => own.has(id))).map((e) => e.id)
	);
	return storyOf(locale)
		.steps.filter((s) => s.state.highlight.some((h) => own.has(h) || events.has(h)))
		.map((s) => ({ slug: s.slug, title: s.title, date: s.date }));
}

function link(id: string | null, locale: Locale): PlaceLink | null {
	const p = id ? placeById.get(id) : undefined;
	return p ? { id: p.id, name: placeName(p, locale) } : null;
}

/** Everything a place page shows, for one edition. */
export function placePageData(id: string, locale: Locale): PlacePageData | null {
	const place = placeById.get(id);
	if (!place) return null;
	const history = placeHistory(place.id, bundle.dataset.control);
	const sourceIds = new Set(history.changes.flatMap((c) => c.sources));
	const points = explorePoints();
	const at = points.find((p) => p.id === place.id || p.id === place.part_of) ?? null;
	return {
		locale,
		words: exploreWords(locale),
		id: place.id,
		name: placeName(place, locale),
		names: { en: place.name.en, fr: place.name.fr, ar: place.name_ar },
		alt: place.alt_names,
		governorate: governorateName(place.governorate, locale),
		kind: place.kind,
		location: located(place)
			? {
					approx: place.confidence === 'approx',
					offMap: place.off_map,
					lon: place.lon,
					lat: place.lat
				}
			: null,
		whole: link(place.part_of, locale),
		parts: bundle.dataset.places
			.filter((p) => p.part_of === place.id)
			.map((p) => link(p.id, locale)!),
		history,
		sourceLinks: Object.fromEntries([...sourceIds].map((s) => [s, sourceLink(s, locale)])),
		events: eventsAt(place, locale),
		steps: stepsAbout(place, locale),
		locator: at ? { base: exploreBase(), at, others: points.filter((p) => p.id !== at.id) } : null,
		mapDay: history.changes.find((c) => c.date >= '2018-06-15')?.date ?? null
	};
}
