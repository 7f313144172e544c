import type { Locale } from './registry';

/** Editions live at `/` (English) and `/fr/` (French), under any base path. */
export function localeFromPath(pathname: string): Locale {
	return /(^|\/)fr(\/|$)/.test(pathname) ? 'fr' : 'en';
}
