import { describe, expect, it } from 'vitest';
import { placesIndexData } from '$lib/server/explore/placesIndex';

/** The places index files names as an index in each language does. */
describe('placesIndexData', () => {
	const names = (locale: 'en' | 'ar', governorate: number) =>
		placesIndexData(locale).groups[governorate]!.places.map((p) => p.name);

	it('files Arabic names past the article: بصرى الشام before الشجرة, الشجرة before طفس', () => {
		const daraa = names('ar', 0);
		const at = (name: string) => {
			const i = daraa.indexOf(name);
			expect(i, name).toBeGreaterThanOrEqual(0);
			return i;
		};
		expect(at('بصرى الشام')).toBeLessThan(at('الشجرة'));
		expect(at('الشجرة')).toBeLessThan(at('طفس'));
	});

	it('keeps the English index in plain alphabetical order', () => {
		const daraa = names('en', 0);
		expect(daraa).toEqual([...daraa].sort(new Intl.Collator('en').compare));
	});
});
