import type { Dataset } from '$lib/data/types';
import { estimatesOf, latestOn, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

export interface ConvoyReport extends Estimate {
	/** Position among the reports dated the same day (0-based), so their stems sit side by side. */
	slot: number;
	/** How many reports share that day. */
	slots: number;
}

export interface EvacuationsData {
	/** Each report of people on one convoy: the same convoy often has several. */
	reports: ConvoyReport[];
	/** Running totals for the whole south (Daraa and Quneitra). */
	totals: Estimate[];
	source: SourceSummary;
}

export function evacuationsData(dataset: Dataset, links = new LinkTable()): EvacuationsData {
	const raw = estimatesOf(dataset, 'evacuees_north', 'people_per_convoy', links).sort(
		(a, b) => a.date.localeCompare(b.date) || a.value - b.value
	);
	const perDay = new Map<string, number>();
	for (const r of raw) perDay.set(r.date, (perDay.get(r.date) ?? 0) + 1);
	const seen = new Map<string, number>();
	const reports = raw.map((r) => {
		const slot = seen.get(r.date) ?? 0;
		seen.set(r.date, slot + 1);
		return { ...r, slot, slots: perDay.get(r.date) ?? 1 };
	});
	const totals = estimatesOf(dataset, 'evacuees_north', 'people_cumulative_south', links);
	const ids = dataset.series
		.filter(
			(p) =>
				p.series === 'evacuees_north' &&
				(p.unit === 'people_per_convoy' || p.unit === 'people_cumulative_south')
		)
		.flatMap((p) => p.sources);
	return { reports, totals, source: sourceSummary(dataset, ids, links) };
}

/** Convoy reports published on or before `date`. */
export function convoysBy(data: EvacuationsData, date: string): ConvoyReport[] {
	return data.reports.filter((r) => r.date <= date);
}

/** The consolidated total last reported on or before `date`. */
export function totalBy(data: EvacuationsData, date: string): Estimate | null {
	return latestOn(data.totals, date);
}

/** The highest consolidated total (for the takeaway). */
export function finalTotal(data: EvacuationsData): Estimate | null {
	return data.totals.reduce<Estimate | null>((a, t) => (!a || t.value > a.value ? t : a), null);
}
