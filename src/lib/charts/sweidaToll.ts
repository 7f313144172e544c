import type { Dataset } from '$lib/data/types';
import { estimatesOf, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

export interface SweidaTollData {
	/** One dot per reported toll (people killed, attackers excluded), oldest first. */
	dots: Estimate[];
	/** The largest "more than" SOHR gave: the floor the story can state without picking a source. */
	floor: number;
	source: SourceSummary;
}

export function sweidaTollData(dataset: Dataset, links = new LinkTable()): SweidaTollData {
	const dots = estimatesOf(dataset, 'sweida_toll', 'people_killed', links).sort(
		(a, b) => a.date.localeCompare(b.date) || a.value - b.value
	);
	const floors = dots
		.filter((d) => d.bound === 'at-least' && d.counter === 'SOHR')
		.map((d) => d.low);
	const ids = dataset.series
		.filter((p) => p.series === 'sweida_toll' && p.unit === 'people_killed')
		.flatMap((p) => p.sources);
	return { dots, floor: Math.max(0, ...floors), source: sourceSummary(dataset, ids, links) };
}

/**
 * One row of the dot plot: the tolls one counter published on one day, or (the tightest
 * layout) every toll published that day. `counter` is null when the row mixes counters.
 */
export interface TollRow {
	date: string;
	counter: string | null;
	dots: Estimate[];
}

/**
 * The rows of the dot plot, the finest that fits in `fit` rows: one per toll (a desktop);
 * else the tolls of a day grouped by counter; else each day's tolls on one row. Only the
 * first day had several tolls, so every later toll (the ones the story quotes: 246, more
 * than 250, 258, AP's 216, Xinhua's 260) keeps a row, and a label, of its own.
 */
export function tollRows(data: SweidaTollData, fit: number): TollRow[] {
	const single = data.dots.map((d) => ({ date: d.date, counter: d.counter, dots: [d] }));
	if (single.length <= fit) return single;
	const byCounter = groupRows(data.dots, (d) => `${d.date}|${d.counter}`);
	if (byCounter.length <= fit) return byCounter;
	return groupRows(data.dots, (d) => d.date);
}

function groupRows(dots: Estimate[], key: (d: Estimate) => string): TollRow[] {
	const rows = new Map<string, Estimate[]>();
	for (const d of dots) rows.set(key(d), [...(rows.get(key(d)) ?? []), d]);
	return [...rows.values()].map((ds) => ({
		date: ds[0]!.date,
		counter: ds.every((d) => d.counter === ds[0]!.counter) ? ds[0]!.counter : null,
		dots: ds
	}));
}
