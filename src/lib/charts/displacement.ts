import type { Dataset } from '$lib/data/types';
import { estimatesOf, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

export interface DisplacementBand {
	date: string;
	/** Lowest and highest estimate that day, across every source. */
	low: number;
	high: number;
}

export interface DisplacementData {
	estimates: Estimate[];
	band: DisplacementBand[];
	source: SourceSummary;
}

/** People displaced at a date (the stock, not the cumulative flow), every estimate kept. */
export function displacementData(dataset: Dataset, links = new LinkTable()): DisplacementData {
	const estimates = estimatesOf(dataset, 'displaced', 'people_displaced_current', links);
	const byDate = new Map<string, DisplacementBand>();
	for (const e of estimates) {
		const day = byDate.get(e.date);
		if (!day) byDate.set(e.date, { date: e.date, low: e.low, high: e.high });
		else
			byDate.set(e.date, {
				date: e.date,
				low: Math.min(day.low, e.low),
				high: Math.max(day.high, e.high)
			});
	}
	const ids = dataset.series
		.filter((p) => p.series === 'displaced' && p.unit === 'people_displaced_current')
		.flatMap((p) => p.sources);
	return { estimates, band: [...byDate.values()], source: sourceSummary(dataset, ids, links) };
}

/** Every estimate made on the latest day with one, on or before `date`. */
export function estimatesOn(data: DisplacementData, date: string): Estimate[] {
	const last = data.band.filter((b) => b.date <= date).at(-1);
	return last ? data.estimates.filter((e) => e.date === last.date) : [];
}

/** The highest estimate any source gave (the peak a reader is told about). */
export function peakEstimate(data: DisplacementData): Estimate | null {
	return data.estimates.reduce<Estimate | null>((a, e) => (!a || e.high > a.high ? e : a), null);
}
