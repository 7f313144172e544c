import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatMonth,
	formatNumber,
	formatShortDate,
	joinMonthPairs
} from '$story/format';
import { LOCALES } from '$story/registry';

const INTL = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-u-nu-latn' } as const;

/**
 * Arabic dates pair the Levantine month (ar-SY) with the international one (ar-EG), as
 * «31 تموز/يوليو 2018», joined by a word joiner after the slash so a line never breaks
 * there; axes keep the Levantine month. Both halves come from Intl.
 */
function arabicIntl(options: Intl.DateTimeFormatOptions) {
	const levant = new Intl.DateTimeFormat('ar-SY-u-nu-latn', { month: 'long', timeZone: 'UTC' });
	const world = new Intl.DateTimeFormat('ar-EG-u-nu-latn', { month: 'long', timeZone: 'UTC' });
	return {
		format(date: Date): string {
			const month =
				options.month === 'short'
					? levant.format(date)
					: `${levant.format(date)}/\u2060${world.format(date)}`;
			const day = options.day ? `${date.getUTCDate()} ` : '';
			const year = options.year ? ` ${date.getUTCFullYear()}` : '';
			return `${day}${month}${year}`;
		}
	};
}

/** Every day from 2010 to 2020, as YYYY-MM-DD. */
function days(): string[] {
	const out: string[] = [];
	for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2020, 11, 31); t += 86_400_000) {
		out.push(new Date(t).toISOString().slice(0, 10));
	}
	return out;
}

describe.each(LOCALES)('dates in %s', (locale) => {
	const intl = (options: Intl.DateTimeFormatOptions) =>
		locale === 'ar'
			? arabicIntl(options)
			: new Intl.DateTimeFormat(INTL[locale], { ...options, timeZone: 'UTC' });
	const long = intl({ day: 'numeric', month: 'long', year: 'numeric' });
	const noYear = intl({ day: 'numeric', month: 'long' });
	const short = intl({ day: 'numeric', month: 'short' });
	const month = intl({ month: 'long', year: 'numeric' });

	// French writes the first of the month as an ordinal ("1er août"); Intl does not.
	const firstOrdinal = (text: string, day: string) =>
		locale === 'fr' && day.endsWith('-01') ? text.replace(/^1 /, '1er ') : text;

	it('are written as Intl writes them, every day (French with "1er")', () => {
		for (const day of days()) {
			const date = new Date(`${day}T00:00:00Z`);
			expect(formatDate(day, locale)).toBe(firstOrdinal(long.format(date), day));
			expect(formatDate(day, locale, { short: true })).toBe(firstOrdinal(noYear.format(date), day));
			expect(formatShortDate(day, locale)).toBe(short.format(date));
			expect(formatShortDate(`${day}T00:00:00.000Z`, locale)).toBe(short.format(date));
			expect(formatMonth(day.slice(0, 7), locale)).toBe(month.format(date));
		}
	});
});

describe.each(LOCALES)('numbers in %s', (locale) => {
	const intl = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1 });
	it('are written as Intl writes them', () => {
		const values = [
			0, 1, -1, 7, 42, 999, 1000, -1000, 9999, 10_000, 123_456, 1_000_000, 2.5, 0.25, -3.75
		];
		for (let v = 0; v < 3_000_000; v += 997) values.push(v, -v);
		// Tenths, halves that round up or down depending on the double (0.35, 1.05), tiny negatives.
		for (let i = 0; i < 20_000; i++) values.push(i / 100, -i / 100, i * 0.05, i * 1.0137);
		values.push(-0, -0.04, 0.04, 0.05, 0.15, 0.35, 1.005, 1234.45, 999_999.95);
		for (const v of values) expect(formatNumber(v, locale), String(v)).toBe(intl.format(v));
	});
});

describe('joinMonthPairs', () => {
	it('joins the two names of every Arabic month pair, so no line ends on the slash', () => {
		for (let m = 1; m <= 12; m++) {
			// A date as the prose writes it: the pair with a bare slash.
			const date = formatDate(`2018-${String(m).padStart(2, '0')}-05`, 'ar');
			const written = date.replace('/\u2060', '/');
			expect(written).not.toBe(date);
			expect(joinMonthPairs(`قبل ${written}، ثم`)).toBe(`قبل ${date}، ثم`);
			// Already joined text stays as it is.
			expect(joinMonthPairs(date)).toBe(date);
		}
	});

	it('leaves every other slash, and text in other languages, as written', () => {
		for (const text of ['15/20', 'و/أو', 'juin/juillet', 'June/July 2018', 'تموز/ يوليو'])
			expect(joinMonthPairs(text)).toBe(text);
	});
});
