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

/** Tolls already published on `date`: the rest are drawn faintly as what was still to come. */
export function tollsKnownBy(data: SweidaTollData, date: string): Estimate[] {
	return data.dots.filter((d) => d.date <= date);
}
