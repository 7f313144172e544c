import type { Locale } from './registry';
import type { ResolvedFigure } from './types';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

function utc(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/**
 * Building an Intl formatter costs far more than formatting with one (about 1 ms
 * each on a slow phone, and the page formats hundreds of dates while it hydrates),
 * so each (locale, options) formatter is built once and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d:${locale}:${JSON.stringify(options)}`;
	let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' });
		formatters.set(key, format);
	}
	return format;
}

/** "19 June 2018" / "19 juin 2018"; the year is dropped when `short`. */
export function formatDate(iso: string, locale: Locale, options: { short?: boolean } = {}): string {
	return dateFormat(
		locale,
		options.short
			? { day: 'numeric', month: 'long' }
			: { day: 'numeric', month: 'long', year: 'numeric' }
	).format(utc(iso));
}

/** "June 2018" / "juin 2018", for a YYYY-MM month. */
export function formatMonth(month: string, locale: Locale): string {
	return dateFormat(locale, { month: 'long', year: 'numeric' }).format(
		new Date(`${month.slice(0, 7)}-01T00:00:00Z`)
	);
}

export function formatNumber(value: number, locale: Locale): string {
	const key = `n:${locale}`;
	let format = formatters.get(key) as Intl.NumberFormat | undefined;
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
		formatters.set(key, format);
	}
	return format.format(value);
}

const BOUND_WORDS: Record<Locale, { atLeast: string; atMost: string; rangeJoin: string }> = {
	en: { atLeast: 'more than', atMost: 'up to', rangeJoin: '–' },
	fr: { atLeast: 'plus de', atMost: "jusqu'à", rangeJoin: ' à ' }
};

/** A figure as prose: "320,000", "more than 250", "285,000–325,000" (a range keeps every source's number). */
export function formatFigure(figure: ResolvedFigure, locale: Locale): string {
	const words = BOUND_WORDS[locale];
	const n = (v: number) => formatNumber(v, locale);
	// Units are named percent_of_… in series.csv; all of them are shares.
	const percent = figure.unit.startsWith('percent') ? (locale === 'fr' ? '\u202f%' : '%') : '';
	switch (figure.bound) {
		case 'at-least':
			return `${words.atLeast} ${n(figure.low ?? figure.value)}${percent}`;
		case 'at-most':
			return `${words.atMost} ${n(figure.high ?? figure.value)}${percent}`;
		case 'range':
			return `${n(figure.low ?? figure.value)}${words.rangeJoin}${n(figure.high ?? figure.value)}${percent}`;
		default:
			return `${n(figure.value)}${percent}`;
	}
}

/** "19 Jun" / "19 juin": for chart axes and labels, where the year is understood. */
export function formatShortDate(iso: string, locale: Locale): string {
	return dateFormat(locale, { day: 'numeric', month: 'short' }).format(utc(iso));
}
