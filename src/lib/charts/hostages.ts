import type { Dataset } from '$lib/data/types';
import { estimatesOf, pointsOf, type Estimate } from './series';
import { sourceSummary, type SourceSummary, sourceRefs, type LinkId, LinkTable } from './sources';

/** What became of a hostage. 'unaccounted': left over when the dated fates do not add up. */
export type HostageFate = 'escaped' | 'died' | 'killed' | 'freed' | 'unaccounted';
export type HostageState = HostageFate | 'held';

/** One person abducted on 25 July, and the day their fate was reported. */
export interface Hostage {
	fate: HostageFate;
	date: string;
}

/** A dated change in the hostage count, from the events table. */
export interface HostageChange {
	fate: HostageFate;
	date: string;
	count: number;
	sources: LinkId[];
}

export interface HostagesData {
	abductedOn: string;
	abducted: number;
	/** Who counted the abducted (the figure's note: "SOHR, Sweida24"), as charts name counters. */
	abductedBy: string[];
	/** One entry per person, grouped by fate then date so the grid reads in the order things happened. */
	people: Hostage[];
	changes: HostageChange[];
	/** Counts of hostages still held as each source reported them: they disagree. */
	reported: Estimate[];
	/** AFP's count of those who actually came home, which does not match the releases. */
	returned: Estimate[];
	source: SourceSummary;
}

const FATES = ['escaped', 'died', 'killed', 'freed'] as const;

/**
 * A ledger of the Sweida hostages: start from the number abducted, subtract each
 * dated escape, death, killing and release. Whoever the dated fates leave over is
 * 'unaccounted' from the day the government said all were free.
 */
export function hostagesData(dataset: Dataset, links = new LinkTable()): HostagesData {
	const events = dataset.events
		.filter((e) => e.type === 'hostage')
		.sort((a, b) => a.date.localeCompare(b.date));
	const abduction = events.find((e) => e.figures.some((f) => f.name === 'abducted'));
	const abductedOn = abduction?.date ?? '2018-07-25';
	const abductedFigure = abduction?.figures.find((f) => f.name === 'abducted');
	const abducted = abductedFigure?.value ?? 0;
	const held = pointsOf(dataset, 'sweida_hostages', 'hostages_held');
	// The abduction row's own escapes and deaths were first reported with the first count of those held.
	const firstCount = held.find((p) => p.date > abductedOn)?.date ?? abductedOn;
	const counted = new Set<string>();
	const changes: HostageChange[] = events.flatMap((e) =>
		e.figures
			.filter((f): f is typeof f & { name: HostageFate } =>
				(FATES as readonly string[]).includes(f.name)
			)
			.map((f) => {
				counted.add(e.id);
				return {
					fate: f.name,
					date: e === abduction ? firstCount : (e.date_end ?? e.date),
					count: f.value,
					sources: sourceRefs(dataset, e.sources, links)
				};
			})
	);
	changes.sort((a, b) => a.date.localeCompare(b.date));
	const people: Hostage[] = changes.flatMap((c) =>
		Array.from({ length: c.count }, () => ({ fate: c.fate, date: c.date }))
	);
	const leftOver = Math.max(0, abducted - people.length);
	const allFree = held.find((p) => p.value === 0)?.date;
	for (let i = 0; i < leftOver; i++) {
		people.push({ fate: allFree ? 'unaccounted' : 'freed', date: allFree ?? '9999-12-31' });
	}
	const reported = estimatesOf(dataset, 'sweida_hostages', 'hostages_held', links);
	const returned = estimatesOf(dataset, 'sweida_hostages', 'hostages_returned_total', links);
	const ids = [
		...events.filter((e) => e === abduction || counted.has(e.id)).flatMap((e) => e.sources),
		...dataset.series.filter((p) => p.series === 'sweida_hostages').flatMap((p) => p.sources)
	];
	return {
		abductedOn,
		abducted,
		abductedBy: (abductedFigure?.note ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		people: people.slice(0, abducted),
		changes,
		reported,
		returned,
		source: sourceSummary(dataset, ids, links)
	};
}

/** Each person's state on `date`, in the order of `people`. Before the abduction nobody is drawn. */
export function hostageStatesOn(data: HostagesData, date: string): HostageState[] {
	if (date < data.abductedOn) return [];
	return data.people.map((p) => (p.date <= date ? p.fate : 'held'));
}

/** Tallies of each state on `date`; freed people are counted per release day. */
export function hostageTally(data: HostagesData, date: string): Map<string, number> {
	const tally = new Map<string, number>();
	const states = hostageStatesOn(data, date);
	data.people.forEach((p, i) => {
		const state = states[i];
		if (!state) return;
		const key = state === 'freed' ? `freed:${p.date}` : state;
		tally.set(key, (tally.get(key) ?? 0) + 1);
	});
	return tally;
}

/** Counts of those still held that sources gave on the latest reporting day on or before `date`. */
export function reportedHeldOn(data: HostagesData, date: string): Estimate[] {
	const last = data.reported.filter((r) => r.date <= date).at(-1);
	return last ? data.reported.filter((r) => r.date === last.date) : [];
}

/**
 * The keys of the hostage chart, in the key's order: each state, and one per release
 * day ('freed:<date>'), so October's and November's releases are told apart.
 */
export function hostageKeys(data: HostagesData): {
	keys: string[];
	firstRelease: string | undefined;
} {
	const releases = [...new Set(data.people.filter((p) => p.fate === 'freed').map((p) => p.date))];
	return {
		keys: [
			'held',
			'escaped',
			'died',
			'killed',
			...releases.map((d) => `freed:${d}`),
			'unaccounted'
		],
		firstRelease: releases[0]
	};
}
