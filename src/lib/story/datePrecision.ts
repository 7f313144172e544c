/**
 * How precisely a date is known is carried by how the data writes it: `2018-07-19` is a
 * day, `2018-07` a month (the source gave no day), `2018` a year. The compile reads it
 * here, and so does the formatter, which prints a date at that precision and has no way
 * to print a day for a month: "July 2018", never "1 July 2018" (M7).
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const SHAPES: [RegExp, DatePrecision][] = [
	// A day, or a timestamp on one (chart ticks are Date.toISOString()).
	[/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/, 'day'],
	[/^\d{4}-\d{2}$/, 'month'],
	[/^\d{4}$/, 'year']
];

/** The precision of a date as the data writes it; throws on anything else. */
export function datePrecision(date: string): DatePrecision {
	for (const [shape, precision] of SHAPES) if (shape.test(date)) return precision;
	throw new Error(`"${date}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
}

/** Year, month (0-11) and day of a day-precision date, read as UTC; refuses a month or a year. */
export function dayParts(date: string): { year: number; month: number; day: number } {
	const precision = datePrecision(date);
	if (precision !== 'day')
		throw new Error(`${date} is known to the ${precision}: it has no day to print`);
	const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** Year and month (0-11) of a day- or month-precision date; refuses a year. */
export function monthParts(date: string): { year: number; month: number } {
	const precision = datePrecision(date);
	if (precision === 'year')
		throw new Error(`${date} is known to the year: it has no month to print`);
	return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) - 1 };
}
