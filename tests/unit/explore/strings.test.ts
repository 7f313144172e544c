import { describe, expect, it } from 'vitest';
import { exploreWords, listOf } from '$lib/explore/strings';
import { LOCALES } from '$story/registry';

describe('the explore pages’ words', () => {
	it('every edition has its own words, not English by default', () => {
		for (const locale of LOCALES.filter((l) => l !== 'en')) {
			expect(exploreWords(locale).places, locale).not.toBe(exploreWords('en').places);
		}
	});

	it('lists read as each language writes them', () => {
		const days = ['6 July', '7 July', '9 July'];
		expect(listOf(days, exploreWords('en'))).toBe('6 July, 7 July and 9 July');
		expect(listOf(days.slice(1), exploreWords('fr'))).toBe('7 July et 9 July');
		// Arabic: the Arabic comma, and «و» joined to the last item.
		expect(listOf(['نوى', 'طفس', 'بصرى'], exploreWords('ar'))).toBe('نوى، طفس وبصرى');
		expect(listOf(['نوى'], exploreWords('ar'))).toBe('نوى');
	});

	it('“back” points the way the edition reads', () => {
		expect(exploreWords('en').backArrow).toBe('←');
		expect(exploreWords('ar').backArrow).toBe('→');
	});
});
