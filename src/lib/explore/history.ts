import { controlOn, type ControlRow } from '$geo/control';
import type { ControlChange } from '$lib/data/types';
import { EXPLORE_END, EXPLORE_START } from './dates';
import { sideOf, type Side } from './sides';

/** A stretch of days one side held a place (both ends included). */
export interface HeldSpan {
	from: string;
	to: string;
	side: Side | null;
}

/** One change of control as a place page tells it. */
export interface PlaceChange {
	/** The date the map uses. */
	date: string;
	/** Every date the sources give, earliest first, when they disagree; else empty. */
	range: string[];
	before: Side | null;
	after: Side | null;
	how: ControlChange['how'];
	claimedBy: ControlChange['claimed_by'];
	sources: string[];
	note: string;
}

export interface PlaceHistory {
	spans: HeldSpan[];
	changes: PlaceChange[];
	/** The place is in the control table at all. */
	known: boolean;
}

function previousDay(day: string): string {
	return new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * A place's control from the explorer's first day to its last, drawn with the story's own
 * `controlOn`: the strip's spans are what the map shows on each day, so the page and the
 * map can never disagree. Changes before the explorer's range (Sheikh Miskin, 2016) are
 * listed but do not split the strip.
 */
export function placeHistory(place: string, control: readonly ControlChange[]): PlaceHistory {
	const rows = control.filter((r) => r.place === place);
	if (rows.length === 0) return { spans: [], changes: [], known: false };
	const asRows: ControlRow[] = rows;
	const sideOn = (day: string) => {
		const state = controlOn(day, asRows).get(place);
		return state ? sideOf(state.controller) : null;
	};
	const dated = rows
		.filter((r) => r.date_changed !== null)
		.sort((a, b) => (a.date_changed! < b.date_changed! ? -1 : 1));
	const cuts = [
		...new Set(
			dated.map((r) => r.date_changed!).filter((d) => d > EXPLORE_START && d <= EXPLORE_END)
		)
	];
	const spans: HeldSpan[] = [];
	let from = EXPLORE_START;
	for (const cut of cuts) {
		spans.push({ from, to: previousDay(cut), side: sideOn(from) });
		from = cut;
	}
	spans.push({ from, to: EXPLORE_END, side: sideOn(from) });
	const changes: PlaceChange[] = dated.map((r) => ({
		date: r.date_changed!,
		range:
			r.date_confidence === 'disputed' || r.alt_dates.length
				? [...new Set([r.date_changed!, ...r.alt_dates])].sort()
				: [],
		before: sideOn(previousDay(r.date_changed!)),
		after: sideOn(r.date_changed!),
		how: r.how,
		claimedBy: r.confirmation === 'claimed' ? r.claimed_by : null,
		sources: r.sources,
		note: r.note
	}));
	return { spans, changes, known: true };
}
