import type { SeriesPoint } from '../types';
import type { Problem } from './problems';
import { PERCENT_UNIT } from './figures';
import { checkSources } from './refs';
import { BOUNDS, PARTIAL_DATE, QUALIFIERS, name, partialDate, period } from './schemas';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { DATE_PRECISIONS } from '../../story/datePrecision';
import { readTable } from './table';

export const SERIES_FILE = 'data/series.csv';
/**
 * series.csv: one row per figure and source; contradictory figures are separate rows. The
 * download adds date_precision, which the compile reads from how the date is written.
 */
export const SERIES_COLUMNS = columnsOf<SeriesPoint>()({
	series: { parse: name, type: 'string', constraints: { required: true }, description: 'What is counted', cell: (p) => p.series },
	date: {
		parse: period(),
		type: 'string',
		constraints: { required: true, pattern: PARTIAL_DATE.source },
		description: 'Date of the figure, at the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY',
		cell: (p) => p.date
	},
	date_precision: {
		...kind.choice(DATE_PRECISIONS),
		parse: undefined,
		description: 'Precision of date (derived from how it is written)',
		cell: (p) => p.date_precision
	},
	value: { ...kind.number, unit: 'see unit', description: 'The figure (empty for a range given without a point value)', cell: (p) => cell.orEmpty(p.value) },
	low: { ...kind.number, unit: 'see unit', description: 'Lower bound', cell: (p) => cell.orEmpty(p.low) },
	high: { ...kind.number, unit: 'see unit', description: 'Upper bound', cell: (p) => cell.orEmpty(p.high) },
	unit: {
		parse: name,
		type: 'string',
		constraints: { required: true },
		description: 'Unit of value, low and high (people, percent_…); filter on series and unit',
		cell: (p) => p.unit
	},
	bound: {
		...kind.choice(BOUNDS),
		description: 'exact: value; at-least: value = low; at-most: value = high; range: low to high',
		cell: (p) => p.bound
	},
	qualifier: {
		...kind.optionalChoice(QUALIFIERS),
		description: 'The source’s own words before the number (at-least, more-than, up-to…); empty when it gave it bare',
		cell: (p) => p.qualifier ?? ''
	},
	sources: { ...kind.list, description: 'Sources (ids in sources.csv)', cell: (p) => cell.list(p.sources) },
	note: { ...kind.text, description: 'Editorial note', cell: (p) => p.note }
});

const schema = rowSchema(SERIES_COLUMNS);

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

/** The bound each qualifier means: "at least 159" is a lower bound, "about 100" a point (or a range). */
const QUALIFIER_BOUNDS: Record<(typeof QUALIFIERS)[number], readonly string[]> = {
	about: ['exact', 'range'],
	nearly: ['exact'],
	'at-least': ['at-least'],
	'more-than': ['at-least'],
	'up-to': ['at-most'],
	'less-than': ['at-most'],
	'fewer-than': ['at-most']
};

/**
 * A bounded number needs the source's own words ("at least" or "more than" are both a
 * lower bound), so the page can write it as the source did; and the words must fit the bound.
 */
function qualifierProblem(p: { bound: string; qualifier: (typeof QUALIFIERS)[number] | null }) {
	if (p.qualifier === null) {
		if (p.bound === 'at-least') return 'bound at-least needs a qualifier: at-least or more-than, as the source wrote it';
		if (p.bound === 'at-most') return 'bound at-most needs a qualifier: up-to, less-than or fewer-than, as the source wrote it';
		return null;
	}
	const fits = QUALIFIER_BOUNDS[p.qualifier];
	return fits.includes(p.bound) ? null : `qualifier ${p.qualifier} does not fit bound ${p.bound} (it takes ${fits.join(' or ')})`;
}

export function compileSeries(
	files: Record<string, string>,
	problems: Problem[],
	known: { sources: ReadonlySet<string> }
): SeriesPoint[] {
	const file = SERIES_FILE;
	const rows = readTable(files, file, inputColumns(SERIES_COLUMNS), schema, problems);
	const seen = new Map<string, number>();
	const points: SeriesPoint[] = [];
	for (const { line, data: d } of rows) {
		const report = (message: string) =>
			problems.push({ file, line, message: `${d.series}@${d.date}: ${message}` });
		const problem = boundProblem(d);
		if (problem) report(problem);
		const wording = qualifierProblem(d);
		if (wording) report(wording);
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
			qualifier: d.qualifier,
			sources: d.sources,
			note: d.note
		});
	}
	return points;
}
