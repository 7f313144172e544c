import type { Dataset, SeriesPoint } from '../types';
import type { FigureSource, ResolvedFigure } from '../../story/types';

export type FigureResolver = (ref: string) => ResolvedFigure | { error: string };

/**
 * `{series@date}` or `{series@date#unit}`; the date is written as in series.csv
 * (YYYY-MM-DD, YYYY-MM or YYYY).
 */
const REF = /^([a-z][a-z0-9_]*)@(\d{4}(?:-\d{2}){0,2})(?:#([a-z][a-z0-9_]*))?$/;

function sharedAbout(rows: SeriesPoint[]): 'about' | null {
	return rows.every((r) => r.qualifier === 'about') ? 'about' : null;
}

/**
 * Resolves a figure reference against the series table.
 * - One matching row: that row.
 * - Several rows with the same unit (sources disagree): a range from the lowest to the
 *   highest number any of them gives, bound "range", carrying every row's sources.
 * - Rows with different units on that date: the reference must name the unit (`#unit`).
 */
export function figureResolver(dataset: Dataset): FigureResolver {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const bySeries = new Map<string, SeriesPoint[]>();
	for (const p of dataset.series) {
		if (!bySeries.has(p.series)) bySeries.set(p.series, []);
		bySeries.get(p.series)!.push(p);
	}
	const sourceList = (rows: SeriesPoint[]): FigureSource[] =>
		[...new Set(rows.flatMap((r) => r.sources))].map((id) => {
			const s = sources.get(id);
			// The original publisher, and the site that republished it when the link leads there.
			const publisher = s ? (s.via ? `${s.publisher}, via ${s.via}` : s.publisher) : id;
			return { id, publisher, url: s?.url ?? '' };
		});

	return (ref) => {
		const m = ref.match(REF);
		if (!m) return { error: 'write it as series@YYYY-MM-DD or series@YYYY-MM-DD#unit' };
		const [, series, date, unit] = m as unknown as [string, string, string, string | undefined];
		const inSeries = bySeries.get(series);
		if (!inSeries) return { error: `unknown series "${series}"` };
		const onDate = inSeries.filter((p) => p.date === date);
		if (onDate.length === 0) {
			const dates = [...new Set(inSeries.map((p) => p.date))].sort();
			return { error: `series "${series}" has no row dated ${date} (dates: ${dates.join(', ')})` };
		}
		const units = [...new Set(onDate.map((p) => p.unit))];
		let rows = onDate;
		if (unit !== undefined) {
			rows = onDate.filter((p) => p.unit === unit);
			if (rows.length === 0) {
				return { error: `series "${series}" on ${date} has no unit "${unit}" (units: ${units.join(', ')})` };
			}
		} else if (units.length > 1) {
			return { error: `series "${series}" on ${date} has several units; add #unit (${units.join(', ')})` };
		}
		if (rows.length === 1) {
			const r = rows[0]!;
			return {
				ref,
				value: r.value ?? r.low ?? r.high ?? 0,
				low: r.low,
				high: r.high,
				unit: r.unit,
				bound: r.bound,
				qualifier: r.qualifier,
				date: r.date,
				sources: sourceList(rows)
			};
		}
		const numbers = rows.flatMap((r) => [r.value, r.low, r.high]).filter((v): v is number => v !== null);
		const low = Math.min(...numbers);
		const high = Math.max(...numbers);
		return {
			ref,
			value: low,
			low,
			high,
			unit: rows[0]!.unit,
			bound: 'range',
			// Several sources' numbers: the span is ours, so it carries words only when every
			// source used them for a point ("about 6,000" and "about 7,300": "about 6,000–7,300").
			qualifier: sharedAbout(rows),
			date,
			sources: sourceList(rows)
		};
	};
}
