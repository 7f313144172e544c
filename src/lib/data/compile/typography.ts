import type { Locale } from '../../story/registry';

/**
 * House style for running text, as checks on one line of prose. Each finding says
 * where in the line it is, so a listed exception (data/style-exceptions.csv) can
 * waive that one place and nothing else.
 */
export type StyleRule = 'digit-under-ten' | 'straight-quote' | 'french-space' | 'arabic-script' | 'arabic-digits';

export interface Finding {
	rule: StyleRule;
	/** Index in the line's text of the character at fault. */
	index: number;
	message: string;
}

/**
 * The line as a reader reads it, same length as the original so indexes still point
 * into the file: a figure reference `{…}` (which the page formats) and a link's address
 * `(https://…)` become spaces, `*` emphasis marks go too.
 */
export function readable(text: string): string {
	const blank = (s: string) => ' '.repeat(s.length);
	return text
		.replace(/\{[^{}]*\}/g, (m) => `#${blank(m).slice(1)}`)
		.replace(/\]\(([^)\s]+)\)/g, (m) => `]${blank(m).slice(1)}`)
		.replace(/\*/g, ' ');
}

const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|' +
	'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|' +
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
	'كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|' +
	'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';
/** Digits stay digits before a month (a date), a unit or a percentage, and in a time. */
const ALLOWED_AFTER = new RegExp(
	String.raw`^(?:[\s\u00a0\u202f]*(?:[-–][\s\u00a0\u202f]*\d+[\s\u00a0\u202f]*)?` +
		String.raw`(?:%|(?:km²|km2|km|kilomet(?:re|er)s?|kilomètres?|miles?|m|metres?|mètres?|kg|tonnes?|` +
		String.raw`h|a\.m\.|p\.m\.|per ?cent|pour ?cent)(?![\p{L}\d])|(?:${MONTHS})(?!\p{L}))|[:h.]\d{2})`,
	'iu'
);
/** ...and after a month (a date written "July 6"), and as a counter ("claim 4", "step 3"). */
const ALLOWED_BEFORE = new RegExp(
	String.raw`(?:(?:${MONTHS})|\b(?:step|claim|affirmation|étape|no\.|n°|number|numéro|update|report|rapport|sitrep|phase|version|article|week|semaine)s?|رقم|المرحلة|المعلومة)[\s\u00a0\u202f]+$`,
	'iu'
);
/** A whole number token: not part of a word ("M5", "1er"), a decimal or a grouped number. */
const NUMBER = /(?<![\p{L}\d.,\u00a0\u202f])\d+(?:[.,\u00a0\u202f]\d+| \d{3}(?!\d))*(?![\p{L}\d])/gu;
const WORDS: Record<Locale, readonly string[]> = {
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
	fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
	ar: ['صفر', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة']
};

/** A number under ten is written in words in running text (N2), except in dates, times, percentages, units and counters. */
export function digitsUnderTen(text: string, locale: Locale): Finding[] {
	const seen = readable(text);
	const findings: Finding[] = [];
	for (const m of seen.matchAll(NUMBER)) {
		if (!/^\d$/.test(m[0])) continue;
		const index = m.index ?? 0;
		if (ALLOWED_AFTER.test(seen.slice(index + 1)) || ALLOWED_BEFORE.test(seen.slice(0, index))) continue;
		findings.push({
			rule: 'digit-under-ten',
			index,
			message: `"${m[0]}" in running text: write numbers under ten in words ("${WORDS[locale][Number(m[0])]}") outside dates, times, percentages, units and counters`
		});
	}
	return findings;
}

/** Typographic quotes and apostrophes only (N1): ’ “ ” ‘ in English, ’ and « » in French. */
export function straightQuotes(text: string, locale: Locale): Finding[] {
	const seen = readable(text);
	const findings: Finding[] = [];
	for (const m of seen.matchAll(/['"]/g)) {
		const want =
			m[0] === "'"
				? '’ (or ‘ to open a quotation)'
				: locale === 'fr'
					? '« » with no-break spaces'
					: locale === 'ar'
						? '« » (no spaces inside)'
						: '“ ”';
		findings.push({
			rule: 'straight-quote',
			index: m.index ?? 0,
			message: `straight ${m[0] === "'" ? 'apostrophe' : 'quote'} ${m[0]}: write ${want}`
		});
	}
	return findings;
}

const NO_BREAK = /[\u00a0\u202f]/;

/**
 * French spacing (N24): a no-break space (U+00A0, or the narrow U+202F) before : ; ? ! »
 * and after «, between digit groups (285 000) and before %, so none of them can start or
 * end a line on its own.
 */
export function frenchSpaces(text: string): Finding[] {
	const seen = readable(text);
	const findings: Finding[] = [];
	const add = (index: number, message: string) => findings.push({ rule: 'french-space', index, message });
	for (const m of seen.matchAll(/[:;?!»]/g)) {
		const index = m.index ?? 0;
		const before = seen[index - 1] ?? '';
		if (index === 0 || NO_BREAK.test(before)) continue;
		if (m[0] === ':' && /\d/.test(before) && /\d/.test(seen[index + 1] ?? '')) continue; // a time, 10:30
		if (/[?!]/.test(m[0]) && /[?!]/.test(before)) continue; // "?!" takes one space
		add(
			index,
			before === ' '
				? `the space before "${m[0]}" must be a no-break space (U+202F or U+00A0)`
				: `"${m[0]}" needs a no-break space (U+202F or U+00A0) before it`
		);
	}
	for (const m of seen.matchAll(/«(?![\u00a0\u202f])/g)) {
		add(m.index ?? 0, '"«" needs a no-break space (U+202F or U+00A0) after it');
	}
	for (const m of seen.matchAll(/(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)/g)) {
		add((m.index ?? 0) + m[0].indexOf(' '), `"${m[0]}": digit groups are separated by a narrow no-break space (U+202F), not a space`);
	}
	for (const m of seen.matchAll(/\d( )%/g)) {
		add((m.index ?? 0) + 1, 'the space before "%" must be a no-break space (U+202F or U+00A0)');
	}
	return findings;
}

/**
 * Names the Arabic edition may leave in Latin script: licences, datasets and codes that
 * Arabic newsrooms print as they are (docs/arabic-edition.md). Everything else has an
 * Arabic form in the glossary (فرانس برس, أوتشا, سانا) and is written in it.
 */
export const LATIN_ALLOWED = new Set([
	'AFP',
	'OCHA',
	'SANA',
	'Syria',
	'COD-AB',
	'CC',
	'BY',
	'IGO',
	'ODbL',
	'GNU',
	'LGPL',
	'GSHHG',
	'WDBII',
	'Natural',
	'Earth',
	'OpenStreetMap',
	'GeoNames',
	'pym.js',
	// The letters on the keys the story's shortcuts answer to (src/island/keyboard.ts).
	'J',
	'K',
	// File names a reader looks for among the downloads and in the repository.
	'README.txt',
	'CITATION.cff'
]);

/**
 * Arabic prose is written in Arabic script (N-ar1): a Latin word left where an Arabic form
 * exists is an error, unless LATIN_ALLOWED lists it.
 */
export function latinWords(text: string): Finding[] {
	const seen = readable(text);
	const findings: Finding[] = [];
	for (const m of seen.matchAll(/[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.-]*/g)) {
		const word = m[0].replace(/[.-]+$/, '');
		if (LATIN_ALLOWED.has(word)) continue;
		findings.push({
			rule: 'arabic-script',
			index: m.index ?? 0,
			message: `Latin word "${word}" in Arabic prose: write its Arabic form (glossary), or add it to LATIN_ALLOWED with a reason`
		});
	}
	return findings;
}

/**
 * The Arabic edition writes Western digits (N-ar2, README): an Arabic-Indic or Persian digit
 * would mix two systems on one page.
 */
export function easternDigits(text: string): Finding[] {
	const findings: Finding[] = [];
	for (const m of readable(text).matchAll(/[\u0660-\u0669\u06f0-\u06f9]/g)) {
		findings.push({
			rule: 'arabic-digits',
			index: m.index ?? 0,
			message: `Arabic-Indic digit "${m[0]}": the Arabic edition writes Western digits (0-9)`
		});
	}
	return findings;
}

export function proseFindings(text: string, locale: Locale): Finding[] {
	return [
		...digitsUnderTen(text, locale),
		...straightQuotes(text, locale),
		...(locale === 'fr' ? frenchSpaces(text) : []),
		...(locale === 'ar' ? [...latinWords(text), ...easternDigits(text)] : [])
	];
}
