import { describe, expect, it } from 'vitest';
import { publisherName, sourceLabel } from '$story/publisherName';

describe('source names in each edition', () => {
	it('keeps the dataset’s English names in the English edition', () => {
		expect(publisherName('SOHR', 'en')).toBe('SOHR');
		expect(sourceLabel('Xinhua, via China Daily', 'en')).toBe('Xinhua, via China Daily');
	});

	it('names sources as AFP’s French copy does, keeping the republishing site', () => {
		expect(publisherName('SOHR', 'fr')).toBe('OSDH');
		expect(publisherName('UN OCHA sitrep 2', 'fr')).toBe('Ocha, rapport de situation n°\u00a02');
		expect(publisherName('UN OCHA flash update 1', 'fr')).toBe(
			'Ocha, point de situation n°\u00a01'
		);
		expect(sourceLabel('Xinhua, via China Daily', 'fr')).toBe('Chine nouvelle, via China Daily');
		expect(sourceLabel('Reuters, via Euronews', 'fr')).toBe('Reuters, via Euronews');
	});
});
