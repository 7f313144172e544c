import type { Locale } from './registry';

/**
 * A source's publisher as each edition names it. The dataset writes publishers in
 * English; the French edition follows AFP's usage (OSDH, Chine nouvelle, Ocha), so a
 * reader never meets "SOHR" in one sentence and "OSDH" in the next.
 */
const FR_NAMES: Record<string, string> = {
	SOHR: 'OSDH',
	Xinhua: 'Chine nouvelle',
	Wikipedia: 'Wikipédia',
	'UN OCHA': 'Ocha (ONU)',
	'UN OCHA update as of 2 July': 'Ocha, point au 2 juillet',
	'UN OCHA IDP movements tracking July 2018': 'Ocha, suivi des déplacements, juillet 2018',
	'UN OCHA IDP spontaneous returns Nov 2018': 'Ocha, retours spontanés, novembre 2018',
	'UN OCHA IDP spontaneous returns Dec 2018': 'Ocha, retours spontanés, décembre 2018',
	'UNHCR flash update': 'HCR, point de situation'
};

const FR_PATTERNS: [RegExp, string][] = [
	[/^UN OCHA sitrep (\d+)$/, 'Ocha, rapport de situation n°\u00a0$1'],
	[/^UN OCHA flash update (\d+)$/, 'Ocha, point de situation n°\u00a0$1']
];

export function publisherName(publisher: string, locale: Locale): string {
	if (locale !== 'fr') return publisher;
	const named = FR_NAMES[publisher];
	if (named) return named;
	for (const [pattern, name] of FR_PATTERNS)
		if (pattern.test(publisher)) return publisher.replace(pattern, name);
	return publisher;
}

/** A source label "Publisher" or "Publisher, via Site": only the publisher is translated. */
export function sourceLabel(label: string, locale: Locale): string {
	const [publisher = label, ...via] = label.split(', via ');
	return [publisherName(publisher, locale), ...via].join(', via ');
}
