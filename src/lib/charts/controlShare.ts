import type { Dataset } from '$lib/data/types';
import type { Locale } from '$story/registry';
import { estimatesOf, latestOn, type Estimate } from './series';
import { sourceSummary, type SourceSummary, LinkTable } from './sources';

export interface ShareStep {
	date: string;
	/** Per cent of Daraa province held by the government. */
	value: number;
	/** The source said "more than". */
	atLeast: boolean;
}

export interface Deal {
	id: string;
	date: string;
	/** The town the deal is known by, in the reader's language. */
	place: string;
}

export interface ControlShareData {
	readings: Estimate[];
	steps: ShareStep[];
	deals: Deal[];
	source: SourceSummary;
}

/**
 * The step line follows the monitors (SOHR, relayed by wires); partisan claims
 * are kept as separate marks so the reader can see how far they sit from it.
 */
export function controlShareData(
	dataset: Dataset,
	locale: Locale,
	links = new LinkTable()
): ControlShareData {
	const readings = estimatesOf(dataset, 'daraa_gov_control_pct', 'percent_of_daraa_area', links);
	const best = new Map<string, ShareStep>();
	for (const r of readings) {
		if (r.partisan) continue;
		const seen = best.get(r.date);
		if (!seen || r.value > seen.value) {
			best.set(r.date, { date: r.date, value: r.value, atLeast: r.bound === 'at-least' });
		}
	}
	const names = new Map(dataset.places.map((p) => [p.id, p.name[locale]]));
	const deals = dataset.events
		.filter((e) => e.type === 'deal' && e.date >= '2018-06-19' && e.date <= '2018-08-15')
		.map((e) => ({ id: e.id, date: e.date, place: names.get(e.places[0] ?? '') ?? e.id }))
		.sort((a, b) => a.date.localeCompare(b.date));
	const ids = dataset.series
		.filter((p) => p.series === 'daraa_gov_control_pct' && p.unit === 'percent_of_daraa_area')
		.flatMap((p) => p.sources);
	return {
		readings,
		steps: [...best.values()].sort((a, b) => a.date.localeCompare(b.date)),
		deals,
		source: sourceSummary(dataset, ids, links)
	};
}

/** The share the monitors reported last, on or before `date`. */
export function shareOn(data: ControlShareData, date: string): ShareStep | null {
	return latestOn(data.steps, date);
}

/** Deals struck on or before `date`. */
export function dealsBy(data: ControlShareData, date: string): Deal[] {
	return data.deals.filter((d) => d.date <= date);
}
