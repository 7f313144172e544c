import { scaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { toUtc } from './dates';

/** Day → Date for D3 time scales (UTC midnight, so no time zone shifts a day). */
export const day = toUtc;

/** Chart colours: the Okabe–Ito palette, safe for the common colour-vision deficiencies. */
export const COLOURS = {
	blue: '#0072B2',
	vermillion: '#D55E00',
	green: '#009E73',
	purple: '#CC79A7',
	orange: '#E69F00',
	sky: '#56B4E9',
	ink: '#1d1d1f',
	muted: '#6b6a66',
	faint: '#c9c6bf'
} as const;

/** Room around a time chart's plot: the date marker's label above, the date axis below. */
export const MARGIN = { top: 18, right: 10, bottom: 22, left: 4 };

/** A time axis in UTC days: position of a date, pixel range, and tick dates. */
export interface DayScale {
	(date: Date): number;
	range(): number[];
	ticks(count: number): Date[];
}

/**
 * Days from `from` to `to` (YYYY-MM-DD) across [left, right] pixels. The same positions
 * and ticks as d3-scale's `scaleUtc` (a linear scale on milliseconds, ticks from d3-time),
 * without the date formatting library it carries: the charts write their own dates, and
 * that library was a few KB of every story page's script.
 */
export function timeScale(from: string, to: string, left: number, right: number): DayScale {
	const [start, stop] = [day(from), day(to)];
	const linear = scaleLinear().domain([start.getTime(), stop.getTime()]).range([left, right]);
	const scale = ((date: Date) => linear(date.getTime())) as DayScale;
	scale.range = () => linear.range();
	scale.ticks = (count) => utcTicks(start, stop, count);
	return scale;
}

/** Counts from 0 to a round number at or above `max`, bottom to top in pixels. */
export function valueScale(max: number, bottom: number, top: number) {
	return scaleLinear().domain([0, max]).nice().range([bottom, top]);
}
