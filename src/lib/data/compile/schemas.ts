import { z } from 'zod';
import { datePrecision, type DatePrecision } from '../../story/datePrecision';

/** The story covers the 2011 uprising (background) to the end of 2018. */
export const STORY_START = '2011-01-01';
export const STORY_END = '2018-12-31';
/** Sources may be published later than the events they report. */
export const SOURCE_END = '2030-12-31';
/** The main map's extent; places outside it must be flagged `off_map`. */
export const EXTENT = { west: 34.8, east: 37.6, south: 31.8, north: 34.0 } as const;

export const DATE_CONFIDENCE = ['exact', 'approx', 'disputed'] as const;
export const EVENT_TYPES = [
	'offensive',
	'airstrike',
	'capture',
	'deal',
	'evacuation',
	'displacement',
	'attack',
	'hostage',
	'border',
	'diplomatic',
	'international',
	'background'
] as const;
export const GOVERNORATES = [
	'Daraa',
	'Quneitra',
	'Sweida',
	'Damascus',
	'Rif Dimashq',
	'Homs',
	'national',
	'international'
] as const;
export const SOURCE_KINDS = [
	'wire',
	'monitor',
	'un-humanitarian',
	'government',
	'opposition-media',
	'pro-government-media',
	'reference',
	'media'
] as const;
export const PLACE_KINDS = [
	'city',
	'town',
	'village',
	'crossing',
	'region',
	'valley',
	'camp',
	'hill',
	'base',
	'landmark'
] as const;
export const COORD_CONFIDENCE = ['exact', 'approx', 'unknown'] as const;
export const CONTROLLERS = ['government', 'rebels', 'reconciled', 'jkw', 'contested'] as const;
export const CONTROL_HOW = ['deal', 'capture', 'handover', 'evacuation'] as const;
export const BOUNDS = ['exact', 'at-least', 'at-most', 'range'] as const;
export const QUALIFIERS = ['about', 'nearly', 'at-least', 'more-than', 'up-to', 'less-than', 'fewer-than'] as const;
export const CLAIM_STATUS = ['corroborated', 'partly', 'differs', 'not-found'] as const;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** How a day, month or year is written. */
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

/**
 * YYYY, YYYY-MM or YYYY-MM-DD, checked as a real period; its precision is read from how
 * it is written, by the same function the formatter uses (src/lib/story/datePrecision.ts).
 */
export function partialDate(value: string): { start: string; precision: DatePrecision } | null {
	if (!PARTIAL_DATE.test(value)) return null;
	const precision = datePrecision(value);
	const start = precision === 'year' ? `${value}-01-01` : precision === 'month' ? `${value}-01` : value;
	return isRealDate(start) ? { start, precision } : null;
}

const text = z.string().transform((s) => s.trim());
export const required = (what = 'a value') =>
	text.pipe(z.string().min(1, { message: `is empty; expected ${what}` }));
export const id = text.pipe(
	z.string().regex(SLUG, { message: 'must be a slug (lowercase letters, digits, hyphens)' })
);
export const name = text.pipe(
	z.string().regex(NAME, { message: 'must be lowercase letters, digits and underscores' })
);
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	text.pipe(z.enum(values, { message: `must be one of: ${values.join(', ')}` }));
export const optionalOneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	text.transform((value, ctx): T[number] | null => {
		if (value === '') return null;
		if (!(values as readonly string[]).includes(value)) {
			ctx.addIssue({ code: 'custom', message: `must be empty or one of: ${values.join(', ')}` });
			return z.NEVER;
		}
		return value as T[number];
	});

function inRange(date: string, start: string, end: string) {
	return date >= start && date <= end;
}

function dayProblem(value: string, start: string, end: string): string | null {
	if (!isRealDate(value)) return `"${value}" is not a real date (YYYY-MM-DD)`;
	if (!inRange(value, start, end)) return `${value} is outside ${start} .. ${end}`;
	return null;
}

/** A real day inside the story's range. */
export const day = (start = STORY_START, end = STORY_END) =>
	text.superRefine((value, ctx) => {
		const problem = dayProblem(value, start, end);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});
export const optionalDay = (start = STORY_START, end = STORY_END) =>
	text.transform((value, ctx): string | null => {
		if (value === '') return null;
		const problem = dayProblem(value, start, end);
		if (problem) {
			ctx.addIssue({ code: 'custom', message: problem });
			return z.NEVER;
		}
		return value;
	});

/** A day, month or year inside the range. */
export const period = (start = STORY_START, end = STORY_END) =>
	text.superRefine((value, ctx) => {
		const parsed = partialDate(value);
		if (!parsed) {
			ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)` });
		} else if (!inRange(parsed.start, start.slice(0, 4) + '-01-01', end)) {
			ctx.addIssue({ code: 'custom', message: `${value} is outside ${start} .. ${end}` });
		}
	});

/** A `;`-separated list; empty items are dropped. */
export const list = text.transform((s) =>
	s
		.split(';')
		.map((v) => v.trim())
		.filter(Boolean)
);
export const dayList = (start = STORY_START, end = STORY_END) =>
	list.pipe(z.array(day(start, end)));

export const optionalNumber = text.transform((value, ctx): number | null => {
	if (value === '') return null;
	if (!NUMBER.test(value)) {
		ctx.addIssue({ code: 'custom', message: `"${value}" is not a plain number (no separators or units)` });
		return z.NEVER;
	}
	return Number(value);
});

export const url = text.pipe(z.string().regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' }));

