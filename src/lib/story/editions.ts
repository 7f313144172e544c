import { LOCALES, type Locale } from './registry';

/**
 * Every edition of the story, one row each. The routes (src/routes/[[locale=locale]]/)
 * serve every row, so a new edition is a row here, its text in data/story/<locale>.aml
 * and its strings, not a copy of the route folders.
 */
export interface Edition {
	/** Its folder under the site root: '' for the edition at the root. */
	segment: string;
	dir: 'ltr' | 'rtl';
	/** Open Graph's form of the language (`og:locale`). */
	ogLocale: string;
	/** The invitation to read it, in its own language: what its switch link says. */
	readIn: string;
}

export const EDITIONS: Record<Locale, Edition> = {
	en: { segment: '', dir: 'ltr', ogLocale: 'en_GB', readIn: 'Read in English' },
	fr: { segment: 'fr', dir: 'ltr', ogLocale: 'fr_FR', readIn: 'Lire en français' },
	ar: { segment: 'ar', dir: 'rtl', ogLocale: 'ar_AR', readIn: 'اقرأ بالعربية' }
};

/** The edition at the site root, also the `x-default` of hreflang. */
export const ROOT_LOCALE: Locale = 'en';

/** An edition's site path: `/` or `/fr/`. */
export function editionPath(locale: Locale): string {
	const { segment } = EDITIONS[locale];
	return segment ? `/${segment}/` : '/';
}

/** The edition a route's optional `[[locale]]` segment names (none: the root edition). */
export function localeOfSegment(segment: string | undefined): Locale {
	return LOCALES.find((l) => segment && EDITIONS[l].segment === segment) ?? ROOT_LOCALE;
}

/** The edition a prerendered path belongs to, under any base path (`/x/fr/embed/` is French). */
export function localeFromPath(pathname: string): Locale {
	const segments = pathname.split('/');
	return (
		LOCALES.find((l) => EDITIONS[l].segment && segments.includes(EDITIONS[l].segment)) ??
		ROOT_LOCALE
	);
}

/** The other editions, in the table's order: the language switch and hreflang list them. */
export function otherLocales(locale: Locale): Locale[] {
	return LOCALES.filter((l) => l !== locale);
}

/** Prerender entries for a route under `[[locale=locale]]`: one per edition. */
export function editionEntries(): { locale: string }[] {
	return LOCALES.map((l) => ({ locale: EDITIONS[l].segment }));
}

/**
 * The site root, relative to a page (`within` its edition, e.g. `s/<slug>/`): pages link
 * relatively so the build works under any base path.
 */
export function siteRootFrom(locale: Locale, within = ''): string {
	const depth = (editionPath(locale) + within).split('/').filter(Boolean).length;
	return depth ? '../'.repeat(depth) : './';
}

/** A relative link from a page of one edition to the same page of another. */
export function editionHref(from: Locale, to: Locale, within = ''): string {
	return `${siteRootFrom(from, within)}${editionPath(to).slice(1)}${within}`;
}
