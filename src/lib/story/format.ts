import type { Locale } from './registry';
import type { Qualifier } from '$lib/data/types';
import type { ResolvedFigure } from './types';
import { datePrecision, dayParts, monthParts } from './datePrecision';

/**
 * Arabic is written with Western digits (`nu-latn`), as the body text of the Syrian and
 * pan-Arab outlets the story cites does (docs/arabic-edition.md).
 */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-u-nu-latn' };

/** Twelve names, January first, as one comma-separated line. */
function months(names: string): readonly string[] {
	return names.split(', ');
}

/** The Arabic month pairs as prose writes them, January first. */
const AR_MONTH_PAIRS = months(
	'كانون الثاني/يناير, شباط/فبراير, آذار/مارس, نيسان/أبريل, أيار/مايو, حزيران/يونيو, تموز/يوليو, آب/أغسطس, أيلول/سبتمبر, تشرين الأول/أكتوبر, تشرين الثاني/نوفمبر, كانون الأول/ديسمبر'
);

/** The slash of an Arabic month pair: a Levantine month name before it, its international name after. */
const MONTH_PAIR_SLASH = new RegExp(
	`(?<=${AR_MONTH_PAIRS.map((m) => m.split('/')[0]).join('|')})/(?=${AR_MONTH_PAIRS.map((m) => m.split('/')[1]).join('|')})`,
	'g'
);

/**
 * Prose with a word joiner (U+2060) after the slash of each Arabic month pair: browsers may
 * break a line after a slash, and «آب/» at a line's end with «أغسطس» on the next is not how
 * an Arabic paper sets a date. The dates this module writes carry it, and StoryText joins
 * the pairs of the prose where it draws them: not in the data, so the downloads keep the
 * text as written. Text with no Arabic month pair is returned as it is.
 */
export function joinMonthPairs(text: string): string {
	return text.replace(MONTH_PAIR_SLASH, '/\u2060');
}

/**
 * Month names as en-GB and fr-FR write them in dates (what Intl.DateTimeFormat
 * gives; tests/unit/story/format.test.ts checks every day against it). Dates are
 * written from these tables rather than with Intl: building a date formatter loads
 * the locale's calendar data, which cost the page a few hundred milliseconds of
 * hydration on a slow phone, and the server and every browser then write the same.
 */
const MONTHS: Record<Locale, { long: readonly string[]; short: readonly string[] }> = {
	en: {
		long: months(
			'January, February, March, April, May, June, July, August, September, October, November, December'
		),
		short: months('Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sept, Oct, Nov, Dec')
	},
	fr: {
		long: months(
			'janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre'
		),
		short: months('janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.')
	},
	/**
	 * Arabic dates pair the Levantine month (as ar-SY writes it) with the international one
	 * (ar-EG): «31 تموز/يوليو 2018», the usage of AFP Arabic's Levant desk and of the Syrian
	 * Observatory, read by Syrians and by Gulf and Egyptian readers alike, with a word joiner
	 * after the slash (joinMonthPairs). Chart axes, where room is short, keep the Levantine
	 * month alone («31 تموز»).
	 */
	ar: {
		long: AR_MONTH_PAIRS.map(joinMonthPairs),
		short: months(
			'كانون الثاني, شباط, آذار, نيسان, أيار, حزيران, تموز, آب, أيلول, تشرين الأول, تشرين الثاني, كانون الأول'
		)
	}
};

/** "1 August" / "1er août": French writes the first of the month as an ordinal. */
function dayMonth(day: number, month: number, locale: Locale): string {
	const d = locale === 'fr' && day === 1 ? '1er' : String(day);
	return `${d} ${MONTHS[locale].long[month]}`;
}

/**
 * A date at its own precision: "19 June 2018" / "1er août 2018" for a day, "July 2018" /
 * "juillet 2018" for a YYYY-MM month, "2018" for a year. A source that gave only a month
 * is never printed as the first of it. `short` drops the year of a day.
 */
export function formatDate(iso: string, locale: Locale, options: { short?: boolean } = {}): string {
	const precision = datePrecision(iso);
	if (precision === 'year') return iso;
	if (precision === 'month') return formatMonth(iso, locale);
	const { year, month, day } = dayParts(iso);
	const text = dayMonth(day, month, locale);
	return options.short ? text : `${text} ${year}`;
}

/** "June 2018" / "juin 2018", for a YYYY-MM month. */
export function formatMonth(month: string, locale: Locale): string {
	const { year, month: m } = monthParts(month);
	return `${MONTHS[locale].long[m]} ${year}`;
}

const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** Thousands separators: a comma in English, a narrow no-break space in French (as Intl writes them). */
const GROUP: Record<Locale, string> = { en: ',', fr: '\u202f', ar: ',' };
const DECIMAL: Record<Locale, string> = { en: '.', fr: ',', ar: '.' };
/** Intl marks an Arabic minus left-to-right (U+200E) so it stays before the digits. */
const MINUS: Record<Locale, string> = { en: '-', fr: '-', ar: '\u200e-' };

/**
 * A number as the locale writes it, to one decimal at most, which is what Intl writes
 * (tests/unit/story/format.test.ts) without building a number formatter: the first one a
 * page builds loads the locale's data, about 100 ms on a slow phone, while it hydrates.
 * Like Intl, it rounds the shortest decimal form of the number half away from zero.
 */
export function formatNumber(value: number, locale: Locale): string {
	const decimal = String(Math.abs(value));
	if (!/^\d+(\.\d+)?$/.test(decimal)) {
		const format = (numberFormats[locale] ??= new Intl.NumberFormat(INTL_LOCALE[locale], {
			maximumFractionDigits: 1
		}));
		return format.format(value);
	}
	const [wholeDigits = '0', fraction = ''] = decimal.split('.');
	let whole = wholeDigits;
	let tenths = Number(fraction[0] ?? 0) + (Number(fraction[1] ?? 0) >= 5 ? 1 : 0);
	if (tenths === 10) {
		whole = String(Number(whole) + 1);
		tenths = 0;
	}
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, GROUP[locale]);
	const text = tenths ? `${grouped}${DECIMAL[locale]}${tenths}` : grouped;
	return value < 0 || Object.is(value, -0) ? `${MINUS[locale]}${text}` : text;
}

/** The source’s words, in each edition. */
const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
	en: {
		about: 'about',
		nearly: 'nearly',
		'at-least': 'at least',
		'more-than': 'more than',
		'up-to': 'up to',
		'less-than': 'less than',
		'fewer-than': 'fewer than'
	},
	fr: {
		about: 'environ',
		nearly: 'près de',
		'at-least': 'au moins',
		'more-than': 'plus de',
		'up-to': 'jusqu’à',
		'less-than': 'moins de',
		'fewer-than': 'moins de'
	},
	ar: {
		about: 'نحو',
		nearly: 'قرابة',
		'at-least': 'ما لا يقل عن',
		'more-than': 'أكثر من',
		'up-to': 'ما يصل إلى',
		'less-than': 'أقل من',
		'fewer-than': 'أقل من'
	}
};

/** A bound whose row names no words (a chart's own figure): the plainest reading of it. */
const BOUND_QUALIFIER: Partial<Record<ResolvedFigure['bound'], Qualifier>> = {
	'at-least': 'at-least',
	'at-most': 'up-to'
};

/** French sets % apart with a narrow no-break space; English and Arabic (as Intl's ar-u-nu-latn) do not. */
const PERCENT: Record<Locale, string> = { en: '%', fr: '\u202f%', ar: '%' };

/** «من 5 إلى 32» reads in Arabic prose; the prose writes «من» where the sentence wants it. */
const RANGE_JOIN: Record<Locale, string> = { en: '–', fr: ' à ', ar: ' إلى ' };

/** A label's colon: French sets a no-break space before it. */
export const COLON: Record<Locale, string> = { en: ':', fr: '\u00a0:', ar: ':' };

/**
 * A figure as prose, with the words its source used: "at least 159", "more than 82%",
 * "up to 189,000", "less than 1%", "about 2,800", "285,000–325,000" (a range keeps
 * every source's number). The words come from the figure's data row (series.csv
 * `qualifier`), so the prose around a reference never adds its own.
 */
export function formatFigure(figure: ResolvedFigure, locale: Locale): string {
	const n = (v: number) => formatNumber(v, locale);
	// Units are named percent_of_… in series.csv; all of them are shares.
	const percent = figure.unit.startsWith('percent') ? PERCENT[locale] : '';
	const qualifier = figure.qualifier ?? BOUND_QUALIFIER[figure.bound] ?? null;
	const words = qualifier ? `${QUALIFIER_WORDS[locale][qualifier]} ` : '';
	switch (figure.bound) {
		case 'at-least':
			return `${words}${n(figure.low ?? figure.value)}${percent}`;
		case 'at-most':
			return `${words}${n(figure.high ?? figure.value)}${percent}`;
		case 'range':
			return `${words}${n(figure.low ?? figure.value)}${RANGE_JOIN[locale]}${n(figure.high ?? figure.value)}${percent}`;
		default:
			return `${words}${n(figure.value)}${percent}`;
	}
}

const SMALL_NUMBERS: Record<'en' | 'fr', readonly string[]> = {
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
	fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
};

/**
 * Arabic counts agree in gender with what they count, and reversed (ثلاث قرى, ثلاثة رجال):
 * a figure cannot pick its word without its noun, so the Arabic edition keeps a figure's
 * digits, as AFP Arabic does («قتلت 7 مسلحين»); the prose writes its own small numbers in words.
 */
const SMALL_IN_WORDS: Record<Locale, boolean> = { en: true, fr: true, ar: false };

/**
 * A figure inside running text: as `formatFigure`, except that a bare whole number
 * under ten is written in words ("seven armed men", "three small villages"), as the
 * house style has it for prose. Shares and bounded numbers keep their digits.
 */
export function formatProseFigure(figure: ResolvedFigure, locale: Locale): string {
	const small =
		SMALL_IN_WORDS[locale] &&
		figure.bound === 'exact' &&
		!figure.qualifier &&
		!figure.unit.startsWith('percent') &&
		Number.isInteger(figure.value) &&
		figure.value >= 0 &&
		figure.value < 10;
	return small ? SMALL_NUMBERS[locale as 'en' | 'fr'][figure.value]! : formatFigure(figure, locale);
}

/**
 * "19 Jun" / "19 juin": for chart axes and labels, where the year is understood; a month
 * is "Jul" / "juil." and a year "2018", at their own precision.
 */
export function formatShortDate(iso: string, locale: Locale): string {
	const precision = datePrecision(iso);
	if (precision === 'year') return iso;
	if (precision === 'month') return MONTHS[locale].short[monthParts(iso).month]!;
	const { month, day } = dayParts(iso);
	return `${day} ${MONTHS[locale].short[month]}`;
}
