import type { ControlRow } from '$geo/control';
import { KEY_DATES, EXPLORE_END, EXPLORE_START, mapFragment } from '$lib/explore/dates';
import { countSides, eventsOn, sidesOn, type DayEvent } from '$lib/explore/mapOnDay';
import { placeName } from '$lib/explore/names';
import type { Side } from '$lib/explore/sides';
import { exploreWords, type ExploreWords } from '$lib/explore/strings';
import { mapData } from '$lib/server/mapData';
import { storyOf } from '$lib/server/storyWithAlts';
import type { Locale } from '$story/registry';
import { bundle, localized, placeById } from './bundle';
import { exploreBase, explorePoints, type ExploreBase, type ExplorePoint } from './base';

/** The explorer's data for the browser (explore.json, per edition), fetched when it is used. */
export interface ExploreJson {
	locale: string;
	start: string;
	end: string;
	/** Places the explorer marks, in the markers' order. */
	places: { id: string; name: string }[];
	control: ControlRow[];
	events: DayEvent[];
}

/** A marker of the explorer: a marked place the control table knows. */
export interface ExploreMarker extends ExplorePoint {
	name: string;
}

function markers(locale: Locale): ExploreMarker[] {
	const known = new Set(mapData(bundle).control.map((r) => r.place));
	return explorePoints()
		.filter((p) => known.has(p.id))
		.map((p) => ({ ...p, name: placeName(placeById.get(p.id)!, locale) }));
}

function dayEvents(locale: Locale): DayEvent[] {
	return bundle.dataset.events
		.filter((e) => (e.date_end ?? e.date) >= EXPLORE_START && e.date <= EXPLORE_END)
		.map((e) => ({
			id: e.id,
			date: e.date,
			end: e.date_end,
			summary: localized(e.summary, locale)
		}));
}

export function exploreJson(locale: Locale): ExploreJson {
	const ms = markers(locale);
	const ids = new Set(ms.map((m) => m.id));
	return {
		locale,
		start: EXPLORE_START,
		end: EXPLORE_END,
		places: ms.map((m) => ({ id: m.id, name: m.name })),
		control: mapData(bundle).control.filter((r) => ids.has(r.place)),
		events: dayEvents(locale)
	};
}

/** One day drawn at build: each marker's side, the counts and the day's events. */
export interface DrawnDay {
	day: string;
	sides: Record<string, Side | null>;
	counts: Record<Side, number>;
	events: DayEvent[];
}

function drawDay(day: string, control: readonly ControlRow[], events: DayEvent[]): DrawnDay {
	const sides = sidesOn(day, control);
	return {
		day,
		sides: Object.fromEntries(sides),
		counts: countSides(sides),
		events: eventsOn(day, events)
	};
}

export interface ExploreSectionData {
	locale: Locale;
	words: ExploreWords;
	base: ExploreBase;
	markers: ExploreMarker[];
	/** The day the live map shows before any script (the first key date). */
	first: DrawnDay;
	/** The other key dates, drawn as static maps for readers without script. */
	keyDays: DrawnDay[];
	/** Every day something links to (`#map-<day>`): a step's date, a change of control. */
	anchors: string[];
}

/** Days a link may open the explorer on, each with an anchor in the page. */
export function linkedDays(locale: Locale): string[] {
	const days = [
		...storyOf(locale).steps.map((s) => s.date),
		...bundle.dataset.control.map((r) => r.date_changed)
	].filter((d): d is string => !!d && d >= EXPLORE_START && d <= EXPLORE_END);
	return [...new Set(days)].sort();
}

export function exploreSectionData(locale: Locale): ExploreSectionData {
	const json = exploreJson(locale);
	const [first, ...rest] = KEY_DATES.map((d) => drawDay(d, json.control, json.events));
	const keyDays = rest;
	const drawn = new Set(keyDays.map((d) => d.day));
	return {
		locale,
		words: exploreWords(locale),
		base: exploreBase(),
		markers: markers(locale),
		first: first!,
		keyDays,
		anchors: linkedDays(locale)
			.filter((d) => !drawn.has(d))
			.map(mapFragment)
	};
}
