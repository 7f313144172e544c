import { describe, expect, it } from 'vitest';
import {
	EDITIONS,
	editionEntries,
	editionHref,
	editionPath,
	localeFromPath,
	localeOfSegment,
	siteRootFrom
} from '$story/editions';
import { match } from '../../../src/params/locale';
import { LOCALES } from '$story/registry';

describe('the editions table', () => {
	it('has a row for every locale, one of them at the root', () => {
		expect(Object.keys(EDITIONS).sort()).toEqual([...LOCALES].sort());
		expect(LOCALES.filter((l) => EDITIONS[l].segment === '')).toEqual(['en']);
	});

	it('gives each edition its path and reads it back from a route segment or a path', () => {
		expect(editionPath('en')).toBe('/');
		expect(editionPath('fr')).toBe('/fr/');
		expect(editionPath('ar')).toBe('/ar/');
		expect(localeFromPath('/ar/places/')).toBe('ar');
		expect(localeOfSegment(undefined)).toBe('en');
		expect(localeOfSegment('fr')).toBe('fr');
		expect(editionPath('ar')).toBe('/ar/');
		expect(EDITIONS.ar.dir).toBe('rtl');
		expect(localeFromPath('/base/ar/s/nasib-crossing/')).toBe('ar');
		expect(localeFromPath('/base/fr/embed/nasib-crossing/')).toBe('fr');
		expect(localeFromPath('/base/embed/')).toBe('en');
		expect(localeFromPath('/frontline/')).toBe('en');
	});

	it('matches only the folders of editions that are not at the root', () => {
		expect(match('fr')).toBe(true);
		expect(match('ar')).toBe(true);
		expect(match('en')).toBe(false);
		expect(match('')).toBe(false);
		expect(match('data')).toBe(false);
		expect(editionEntries()).toEqual([{ locale: '' }, { locale: 'fr' }, { locale: 'ar' }]);
	});

	it('links relatively between the same page of two editions', () => {
		expect(editionHref('en', 'fr')).toBe('./fr/');
		expect(editionHref('fr', 'en')).toBe('../');
		expect(editionHref('en', 'fr', 'sources/')).toBe('../fr/sources/');
		expect(editionHref('fr', 'en', 'sources/')).toBe('../../sources/');
		expect(siteRootFrom('fr', 's/nasib-crossing/')).toBe('../../../');
	});
});
