import type { Dataset } from '$lib/data/types';
import { estimatesOf, latestOn, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

export interface DeathCount extends Estimate {
	/** 'since-19-june' counts run from the start of the offensive; 'period' counts cover a stated span. */
	scope: 'since-19-june' | 'period';
}

export interface CivilianDeathsData {
	counts: DeathCount[];
	/** Counters with a running tally (two or more counts since 19 June), drawn as lines. */
	running: string[];
	source: SourceSummary;
}

const UNITS: [string, DeathCount['scope']][] = [
	['civilians_killed_cumulative_since_19jun', 'since-19-june'],
	['civilians_killed_period', 'period'],
	// A whole month in Daraa province (SNHR's June, the Documentation Office's July).
	['civilians_killed_in_month_daraa', 'period']
];

/** Civilians killed in the offensive, by who counted: SOHR's running count and the others. */
export function civilianDeathsData(dataset: Dataset, links = new LinkTable()): CivilianDeathsData {
	const counts = UNITS.flatMap(([unit, scope]) =>
		estimatesOf(dataset, 'civilians_killed_offensive', unit, links).map((e) => ({ ...e, scope }))
	).sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
	const perCounter = new Map<string, number>();
	for (const c of counts) {
		if (c.scope === 'since-19-june')
			perCounter.set(c.counter, (perCounter.get(c.counter) ?? 0) + 1);
	}
	const ids = dataset.series
		.filter((p) => p.series === 'civilians_killed_offensive' && UNITS.some(([u]) => u === p.unit))
		.flatMap((p) => p.sources);
	return {
		counts,
		running: [...perCounter].filter(([, n]) => n >= 2).map(([counter]) => counter),
		source: sourceSummary(dataset, ids, links)
	};
}

/** One counter's running tally, keeping the highest count given on each day. */
export function runningTally(data: CivilianDeathsData, counter: string): DeathCount[] {
	const byDay = new Map<string, DeathCount>();
	for (const c of data.counts) {
		if (c.counter !== counter || c.scope !== 'since-19-june') continue;
		const seen = byDay.get(c.date);
		if (!seen || c.value > seen.value) byDay.set(c.date, c);
	}
	return [...byDay.values()];
}

/** The highest count any source had published by `date`. */
export function highestBy(data: CivilianDeathsData, date: string): DeathCount | null {
	const known = data.counts.filter((c) => c.date <= date);
	return known.reduce<DeathCount | null>((a, c) => (!a || c.value > a.value ? c : a), null);
}

export { latestOn };
