import type { ControlChange, Controller } from '$lib/data/types';

/**
 * Who held a place on a given day, as the map shows it. `reconciled` is not a
 * controller in the data: it is a government takeover under a surrender deal
 * (how = deal, evacuation or handover from rebels), which the story needs to tell
 * apart from towns taken by force.
 */
export type MapController = Controller | 'reconciled';

export interface PlaceControl {
	controller: MapController;
	/** The sources disagree on the date of the change this state rests on, or its end is undocumented. */
	disputed: boolean;
	/** The date(s) of the change that produced this state: the accepted date first, then alternatives. */
	dates: string[];
}

/** The subset of a control row the map needs (sources and notes stay on the server). */
export type ControlRow = Pick<
	ControlChange,
	| 'place'
	| 'controller_before'
	| 'date_changed'
	| 'controller_after'
	| 'how'
	| 'date_confidence'
	| 'alt_dates'
	| 'claimed_by'
>;

const DEAL_HOWS = new Set(['deal', 'evacuation', 'handover']);

function after(row: ControlRow): MapController {
	if (row.controller_after === 'government' && row.controller_before === 'rebels') {
		if (row.how && DEAL_HOWS.has(row.how)) return 'reconciled';
	}
	return row.controller_after;
}

/**
 * Control of every place in the control table on `date` (YYYY-MM-DD). A change
 * counts from its own day. A place with several rows follows them in date order;
 * before its first change it has that row's `controller_before`. A row without a
 * date whose controller changes (an undocumented end) keeps `controller_before`
 * and is marked disputed.
 */
export function controlOn(date: string, control: readonly ControlRow[]): Map<string, PlaceControl> {
	const byPlace = new Map<string, ControlRow[]>();
	for (const row of control) {
		const rows = byPlace.get(row.place) ?? [];
		rows.push(row);
		byPlace.set(row.place, rows);
	}
	const result = new Map<string, PlaceControl>();
	for (const [place, rows] of byPlace) {
		const dated = rows
			.filter((r) => r.date_changed !== null)
			.sort((a, b) => (a.date_changed! < b.date_changed! ? -1 : 1));
		const undated = rows.filter((r) => r.date_changed === null);
		const first = dated[0] ?? undated[0]!;
		let state: PlaceControl = {
			controller: first.controller_before,
			disputed: undated.some((r) => r.controller_before !== r.controller_after),
			dates: []
		};
		for (const row of dated) {
			if (row.date_changed! > date) break;
			state = {
				controller: after(row),
				disputed: row.date_confidence === 'disputed',
				dates: [row.date_changed!, ...row.alt_dates]
			};
		}
		result.set(place, state);
	}
	return result;
}
