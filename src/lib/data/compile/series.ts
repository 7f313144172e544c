import { z } from 'zod';
import type { SeriesPoint } from '../types';
import type { Problem } from './problems';
import { PERCENT_UNIT } from './figures';
import { checkSources } from './refs';
import { BOUNDS, list, name, oneOf, optionalNumber, partialDate, period } from './schemas';
import { readTable } from './table';

export const SERIES_FILE = 'data/series.csv';
export const SERIES_COLUMNS = [
	'series',
	'date',
	'value',
	'low',
	'high',
	'unit',
	'bound',
	'sources',
	'note'
] as const;

const schema = z.object({
	series: name,
	date: period(),
	value: optionalNumber,
	low: optionalNumber,
	high: optionalNumber,
	unit: name,
	bound: oneOf(BOUNDS),
	sources: list,
	note: z.string().trim()
});

/** What each bound needs: see data/README.md. */
function boundProblem(p: { value: number | null; low: number | null; high: number | null; bound: string }) {
	const { value, low, high } = p;
	switch (p.bound) {
		case 'exact':
			if (value === null) return 'bound exact needs a value';
			if (low !== null || high !== null) return 'bound exact takes no low/high (use range, at-least or at-most)';
			return null;
		case 'at-least':
			if (value === null || low !== value || high !== null) return 'bound at-least needs value = low and no high';
			return null;
		case 'at-most':
			if (value === null || high !== value || low !== null) return 'bound at-most needs value = high and no low';
			return null;
		case 'range':
			if (low === null || high === null) return 'bound range needs low and high';
			if (low > high) return `low ${low} is above high ${high}`;
			if (value !== null && (value < low || value > high)) return `value ${value} is outside ${low}-${high}`;
			return null;
	}
	return null;
}

export function compileSeries(
	files: Record<string, string>,
	problems: Problem[],
	known: { sources: ReadonlySet<string> }
): SeriesPoint[] {
	const file = SERIES_FILE;
	const rows = readTable(files, file, SERIES_COLUMNS, schema, problems);
	const seen = new Map<string, number>();
	const points: SeriesPoint[] = [];
	for (const { line, data: d } of rows) {
		const report = (message: string) =>
			problems.push({ file, line, message: `${d.series}@${d.date}: ${message}` });
		const problem = boundProblem(d);
		if (problem) report(problem);
		if (PERCENT_UNIT.test(d.unit)) {
			for (const v of [d.value, d.low, d.high]) {
				if (v !== null && (v < 0 || v > 100)) report(`percentage ${v} is not between 0 and 100`);
			}
		}
		for (const v of [d.value, d.low, d.high]) if (v !== null && v < 0) report(`${v} is negative`);
		checkSources(d.sources, known.sources, report);
		const key = JSON.stringify([d.series, d.date, d.unit, d.value, d.low, d.high, [...d.sources].sort()]);
		const first = seen.get(key);
		if (first !== undefined) report(`duplicates line ${first}`);
		else seen.set(key, line);
		const when = partialDate(d.date)!;
		points.push({
			series: d.series,
			date: d.date,
			date_precision: when.precision,
			date_start: when.start,
			value: d.value,
			low: d.low,
			high: d.high,
			unit: d.unit,
			bound: d.bound,
			sources: d.sources,
			note: d.note
		});
	}
	return points;
}
