import type { Bound, Dataset, Qualifier, SeriesPoint } from '$lib/data/types';
import { formatFigure } from '$story/format';
import type { Locale } from '$story/registry';
import { isDay } from './dates';
import { counterOf, sourceRefs, type LinkId, LinkTable } from './sources';

/** One reported figure, ready to plot: who counted it, who published it, how it was bounded. */
export interface Estimate {
	date: string;
	/** The number the source gave; for a bare range, its low end. */
	value: number;
	/** Low and high ends: equal to `value` unless the source gave a range. */
	low: number;
	high: number;
	bound: Bound;
	/** The source's words before the number, so labels quote it as it wrote it. */
	qualifier: Qualifier | null;
	/** Who counted (SOHR, UN OCHA…), which may differ from the publisher that relayed it. */
	counter: string;
	/** Every source is partisan media and the note names no independent counter. */
	partisan: boolean;
	sources: LinkId[];
}

const PARTISAN_KINDS = new Set(['pro-government-media', 'government']);

/**
 * The rows of one series in one unit, day-dated, oldest first. Series mix units
 * (series-notes.md), so a chart must always name both.
 */
export function pointsOf(dataset: Dataset, series: string, unit: string): SeriesPoint[] {
	return dataset.series
		.filter((p) => p.series === series && p.unit === unit && isDay(p.date))
		.sort((a, b) => a.date.localeCompare(b.date));
}

export function toEstimate(dataset: Dataset, point: SeriesPoint, links: LinkTable): Estimate {
	const sources = sourceRefs(dataset, point.sources, links);
	const kinds = point.sources.map((id) => dataset.sources.find((s) => s.id === id)?.kind ?? '');
	const value = point.value ?? point.low ?? point.high ?? 0;
	return {
		date: point.date,
		value,
		low: point.low ?? value,
		high: point.high ?? value,
		bound: point.bound,
		qualifier: point.qualifier,
		counter: counterOf(point.note, links.links[sources[0] ?? -1]?.publisher ?? ''),
		partisan: kinds.every((k) => PARTISAN_KINDS.has(k)) && !/SOHR/.test(point.note),
		sources
	};
}

export function estimatesOf(
	dataset: Dataset,
	series: string,
	unit: string,
	links: LinkTable
): Estimate[] {
	return pointsOf(dataset, series, unit).map((p) => toEstimate(dataset, p, links));
}

/** The latest item dated on or before `date`, or null before the first. */
export function latestOn<T extends { date: string }>(items: readonly T[], date: string): T | null {
	let found: T | null = null;
	for (const item of items)
		if (item.date <= date && (!found || item.date >= found.date)) found = item;
	return found;
}

/** A count of people as labels and tables write it, with its source's words ("at least 250"). */
export function formatPeople(e: Estimate, locale: Locale): string {
	return formatFigure({ ...e, ref: '', unit: 'people', sources: [] }, locale);
}
