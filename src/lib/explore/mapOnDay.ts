import { controlOn, type ControlRow } from '$geo/control';
import { SIDES, sideOf, type Side } from './sides';

/**
 * The explorer's map as a pure function of the day: each place's side, by the story's own
 * `controlOn`, so the explorer and the story's map agree on every date.
 */
export function sidesOn(day: string, control: readonly ControlRow[]): Map<string, Side | null> {
	const sides = new Map<string, Side | null>();
	for (const [place, state] of controlOn(day, control)) sides.set(place, sideOf(state.controller));
	return sides;
}

/** How many places each side held (a place with no side counts for none). */
export function countSides(sides: ReadonlyMap<string, Side | null>): Record<Side, number> {
	const counts = Object.fromEntries(SIDES.map((s) => [s, 0])) as Record<Side, number>;
	for (const side of sides.values()) if (side) counts[side] += 1;
	return counts;
}

export interface DayEvent {
	id: string;
	date: string;
	end: string | null;
	summary: string;
}

/** The events under way on a day (a multi-day event on each of its days). */
export function eventsOn<E extends Pick<DayEvent, 'date' | 'end'>>(
	day: string,
	events: readonly E[]
): E[] {
	return events.filter((e) => e.date <= day && day <= (e.end ?? e.date));
}
