import type { MapData, MapEvent, MapPlace } from '$lib/server/mapData';
import type { StepState } from '$story/types';

/**
 * Regions the map already names as an area (the hatched Golan, keyed in the legend),
 * so no second label; a step that names one labels the region itself (short enough
 * for the narrowest stage) instead of the area.
 */
export const AREA_LABELLED: ReadonlyMap<string, string> = new Map([
	['golan-heights', 'golan-occupied'],
	['southern-golan-heights', 'golan-occupied']
]);

/**
 * Events the step marks: those it names in `highlight`. Not every event of its date:
 * the story clock's day also holds events the step's text is not about (the day
 * Busra al-Harir fell, Jordan closed its border), and marking them would point the
 * reader at the wrong place.
 */
export function eventsOfStep(state: StepState, events: readonly MapEvent[]): MapEvent[] {
	return events.filter((e) => state.highlight.includes(e.id));
}

/** What a step is about on the map: the places and events it names or shows. */
export interface StepFocus {
	/** Events the step shows (events or arrows layer). */
	events: MapEvent[];
	/** Places the step or an event it names points at: ringed, own marker. */
	named: Set<string>;
	/** Parts of places (districts on their city's point) named in their whole's label. */
	namedParts: Set<string>;
	/** Places the step names itself (a part as its whole). */
	own: Set<string>;
	/** `own`, plus the places of a named event of a place or a few: labelled on every stage. */
	direct: Set<string>;
	/** Named places and every place of an event shown: bold. */
	highlighted: Set<string>;
	/** The event anchored at a place (its first place), for the word after its name. */
	eventOf: Map<string, MapEvent>;
	/** Area labels a region the step names replaces. */
	areaNamed: Set<string>;
}

export function stepFocus(data: MapData, state: StepState, layers: ReadonlySet<string>): StepFocus {
	const events =
		layers.has('events') || layers.has('arrows') ? eventsOfStep(state, data.events) : [];
	// What the step names: its places, and the places of the events it names (the story
	// highlights an event to point at where it happened, with or without the events layer).
	// A part of a place (a district on its city's point) is drawn as that place, and
	// named in its label when the step or one of its events names it.
	const wholeOf = new Map<string, MapPlace>();
	for (const p of data.places) for (const part of p.parts ?? []) wholeOf.set(part.id, p);
	const namedParts = new Set<string>();
	const named = new Set<string>();
	for (const id of state.highlight) {
		const event = data.events.find((e) => e.id === id);
		for (const part of event?.parts ?? []) namedParts.add(part);
		const whole = wholeOf.get(id);
		if (whole) namedParts.add(id);
		for (const place of event ? event.places : [whole?.id ?? id]) named.add(place);
	}
	for (const e of events) for (const part of e.parts ?? []) namedParts.add(part);
	// Places the step names must be labelled on every stage, before anything else: those
	// it names directly, and those of a named event of a place or a few (a long list of
	// villages is labelled where there is room).
	const own = new Set(state.highlight.map((id) => wholeOf.get(id)?.id ?? id));
	const direct = new Set(own);
	for (const id of state.highlight) {
		const event = data.events.find((e) => e.id === id);
		if (event && event.places.length <= 3) for (const place of event.places) direct.add(place);
	}
	const highlighted = new Set(named);
	const eventOf = new Map<string, MapEvent>();
	for (const e of events) {
		for (const id of e.places) highlighted.add(id);
		if (!eventOf.has(e.places[0]!)) eventOf.set(e.places[0]!, e);
	}
	const areaNamed = new Set<string>();
	for (const [place, area] of AREA_LABELLED) if (direct.has(place)) areaNamed.add(area);
	return { events, named, namedParts, own, direct, highlighted, eventOf, areaNamed };
}
