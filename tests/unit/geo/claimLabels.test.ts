import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { mapScene } from '$geo/scene';
import { mapData } from '$lib/server/mapData';
import { LOCALES } from '$story/registry';

const bundle = bundleJson as unknown as Bundle;
const data = mapData(bundle);
const CLAIM_WORDS = {
	en: 'IS affiliate claims capture',
	fr: 'revendiquée par l’affilié à l’EI',
	ar: 'يقول فرع التنظيم إنه سيطر عليها'
};
const RAFID = { en: 'Rafid', fr: 'Rafid', ar: 'الرفيد' };
/** What the map writes for a confirmed change to the IS affiliate: never for a claim. */
const AS_FACT = {
	en: 'taken by IS affiliate',
	fr: 'prise par l’affilié de l’EI',
	ar: 'سيطر عليها فرع التنظيم'
};

/**
 * S19: a change of control announced by one side only (control.csv `confirmation`
 * claimed) is labelled as that side's claim, with the claimant from the row, on every
 * step that labels the place with what happened there.
 */
describe('map labels of claimed changes of control', () => {
	const claimed = bundle.dataset.control.filter((c) => c.confirmation === 'claimed');

	it('the data marks the IS affiliate’s claims (Rafid among them)', () => {
		expect(claimed.map((c) => c.place)).toContain('rafid');
		expect(claimed.every((c) => c.claimed_by !== null)).toBe(true);
	});

	for (const locale of LOCALES) {
		it(`say who claims the change (${locale})`, () => {
			const claimedPlaces = new Set(claimed.map((c) => c.place));
			const labelled: string[] = [];
			for (const step of bundle.stories[locale].steps) {
				if (step.state.graphic !== 'map') continue;
				for (const label of mapScene(data, step.state, locale).labels) {
					const place = data.places.find((p) => p.id === label.id);
					if (!place || !claimedPlaces.has(place.id) || label.text === place.name[locale]) continue;
					labelled.push(label.text);
					expect(label.text, step.slug).not.toContain(AS_FACT[locale]);
				}
			}
			// Rafid is labelled with what happened there on the Quneitra steps.
			expect(labelled).toContain(`${RAFID[locale]} · ${CLAIM_WORDS[locale]}`);
		});
	}
});
