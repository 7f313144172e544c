import type { Dataset, EventType } from '$lib/data/types';
import type { Locale } from '$story/registry';
import { sourceRefs, sourceSummary, type SourceSummary, type LinkId, LinkTable } from './sources';
import { COLOURS } from './scales';

/** Event types grouped into the rows a reader can tell apart; each row has its own mark shape. */
export const LANES = ['fighting', 'deals', 'people', 'borders'] as const;
export type Lane = (typeof LANES)[number];

/** Each lane's mark, in the chart and its key. */
export const LANE_LOOK: Record<
	Lane,
	{ shape: 'circle' | 'diamond' | 'square' | 'triangle'; colour: string }
> = {
	fighting: { shape: 'circle', colour: COLOURS.vermillion },
	deals: { shape: 'diamond', colour: COLOURS.blue },
	people: { shape: 'square', colour: COLOURS.green },
	borders: { shape: 'triangle', colour: COLOURS.purple }
};

const LANE_OF: Record<EventType, Lane | null> = {
	offensive: 'fighting',
	airstrike: 'fighting',
	capture: 'fighting',
	attack: 'fighting',
	deal: 'deals',
	evacuation: 'people',
	displacement: 'people',
	hostage: 'people',
	border: 'borders',
	diplomatic: 'borders',
	international: 'borders',
	background: null
};

export interface TimelineEvent {
	id: string;
	type: EventType;
	lane: Lane;
	/** Sub-row inside the lane, so that overlapping ranges do not hide each other. */
	row: number;
	/** First and last possible day: a disputed date spans every date a source gives. */
	start: string;
	end: string;
	date: string;
	disputed: boolean;
	summary: string;
	sources: LinkId[];
}

export interface TimelineData {
	events: TimelineEvent[];
	/** The most cited publishers; each event's own source is in the table. */
	source: SourceSummary;
}

export const TIMELINE_FROM = '2018-06-19';
export const TIMELINE_MAIN_TO = '2018-08-16';
export const TIMELINE_AFTER_TO = '2018-11-20';

/** The window a step's date calls for: the offensive, or the aftermath once past mid-August. */
export function timelineWindow(date: string): { from: string; to: string } {
	return {
		from: TIMELINE_FROM,
		to: date > TIMELINE_MAIN_TO ? TIMELINE_AFTER_TO : TIMELINE_MAIN_TO
	};
}

/** Packs each lane's events into rows, first fit, so no two in a row overlap (with a day's gap). */
function packRows(events: Omit<TimelineEvent, 'row'>[]): TimelineEvent[] {
	const ends = new Map<Lane, string[]>();
	return events.map((e) => {
		const rows = ends.get(e.lane) ?? [];
		let row = rows.findIndex((end) => end < e.start);
		if (row < 0) row = rows.length;
		rows[row] = e.end;
		ends.set(e.lane, rows);
		return { ...e, row };
	});
}

export function timelineData(
	dataset: Dataset,
	locale: Locale,
	links = new LinkTable()
): TimelineData {
	const events = dataset.events
		.filter((e) => e.date >= TIMELINE_FROM && e.date <= TIMELINE_AFTER_TO && LANE_OF[e.type])
		.map((e) => {
			const days = [e.date, e.date_end, ...e.alt_dates].filter((d): d is string => !!d).sort();
			return {
				id: e.id,
				type: e.type,
				lane: LANE_OF[e.type]!,
				start: days[0]!,
				end: days.at(-1)!,
				date: e.date,
				disputed: e.date_confidence === 'disputed' && e.alt_dates.length > 0,
				summary: e.summary[locale],
				sources: sourceRefs(dataset, e.sources.slice(0, 1), links)
			};
		})
		.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
	const ids = dataset.events
		.filter((e) => e.date >= TIMELINE_FROM && e.date <= TIMELINE_AFTER_TO)
		.flatMap((e) => e.sources);
	return { events: packRows(events), source: sourceSummary(dataset, ids, links) };
}

/** Events inside a window (any overlap). */
export function eventsIn(
	data: TimelineData,
	window: { from: string; to: string }
): TimelineEvent[] {
	return data.events.filter((e) => e.end >= window.from && e.start <= window.to);
}

/** Events under way on `date`. */
export function eventsOn(data: TimelineData, date: string): TimelineEvent[] {
	return data.events.filter((e) => e.start <= date && e.end >= date);
}

/** How the lanes fit a plot: the gap above each lane (its heading), row height, rows. */
export interface TimelineLayout {
	laneGap: number;
	rowH: number;
	/** Rows drawn in each lane. */
	rows: Record<Lane, number>;
	/** The row of each event id inside its lane. */
	rowOf: Map<string, number>;
}

/** Least row height at which a lane's marks (2.2 px radius at least) stay apart. */
const ROW_MIN = 5;
/** Room for a lane's 11 px heading: roomy, and the least it can be. */
const GAPS = [14, 12];

/**
 * The lanes laid out in `plotHeight` px, never past it (the date axis is below): rows as
 * packed where they fit; on a short plot (a small phone) smaller gaps, then fewer rows in
 * the fullest lanes, where marks that would have had a row of their own share one.
 */
export function timelineLayout(shown: TimelineEvent[], plotHeight: number): TimelineLayout {
	const need = Object.fromEntries(
		LANES.map((lane) => [
			lane,
			Math.max(1, ...shown.filter((e) => e.lane === lane).map((e) => e.row + 1))
		])
	) as Record<Lane, number>;
	const total = (rows: Record<Lane, number>) => LANES.reduce((a, l) => a + rows[l], 0);
	const packed = new Map(shown.map((e) => [e.id, e.row]));
	for (const laneGap of GAPS) {
		const room = plotHeight - LANES.length * laneGap;
		if (room / total(need) >= ROW_MIN)
			return { laneGap, rowH: Math.min(22, room / total(need)), rows: need, rowOf: packed };
	}
	const laneGap = GAPS.at(-1)!;
	const room = Math.max(0, plotHeight - LANES.length * laneGap);
	const rows = { ...need };
	const most = Math.max(LANES.length, Math.floor(room / ROW_MIN));
	while (total(rows) > most) {
		const fullest = LANES.reduce((a, l) => (rows[l] > rows[a] ? l : a));
		if (rows[fullest] === 1) break;
		rows[fullest] -= 1;
	}
	return {
		laneGap,
		rowH: Math.min(22, room / total(rows)),
		rows,
		rowOf: packWithin(shown, rows)
	};
}

/** First fit into at most `rows[lane]` rows; with none free, the row that frees first. */
function packWithin(events: TimelineEvent[], rows: Record<Lane, number>): Map<string, number> {
	const ends = new Map<Lane, string[]>();
	const rowOf = new Map<string, number>();
	for (const e of events) {
		const taken = ends.get(e.lane) ?? [];
		let row = taken.findIndex((end) => end < e.start);
		if (row < 0 && taken.length < rows[e.lane]) row = taken.length;
		if (row < 0) row = taken.indexOf([...taken].sort()[0]!);
		taken[row] = taken[row] && taken[row]! > e.end ? taken[row]! : e.end;
		ends.set(e.lane, taken);
		rowOf.set(e.id, row);
	}
	return rowOf;
}
