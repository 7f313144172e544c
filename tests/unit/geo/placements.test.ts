import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { labelPlacement, mapScene, sceneKey } from '$geo/scene';
import { mapData } from '$lib/server/mapData';
import { mapLabels } from '$lib/server/mapLabels';
import { LOCALES } from '$story/registry';

const bundle = bundleJson as unknown as Bundle;
const data = mapData(bundle);

describe.each(LOCALES)('label placements shipped with the %s edition', (locale) => {
	const labels = mapLabels(bundle, locale);
	const mapSteps = bundle.stories[locale].steps.filter((s) => s.state.graphic === 'map');

	it('cover every map step', () => {
		for (const step of mapSteps)
			expect(labels[sceneKey(step.state)], step.slug).toBeTypeOf('string');
	});

	it('draw the same scene as placing the labels on the client', () => {
		for (const step of mapSteps) {
			const placed = mapScene(data, step.state, locale);
			// A copy of the data has no memo yet: this scene is built from the shipped placement.
			const shipped = mapScene(
				structuredClone(data),
				step.state,
				locale,
				labels[sceneKey(step.state)]
			);
			expect(shipped, step.slug).toEqual(placed);
		}
	});

	it('fall back to placing the labels when a placement does not fit the step', () => {
		const step = mapSteps[0]!;
		const placed = mapScene(data, step.state, locale);
		for (const wrong of ['no-such-place e 0', 'damascus up 0', `${placed.labels[0]?.id} e 9`]) {
			expect(mapScene(structuredClone(data), step.state, locale, wrong)).toEqual(placed);
		}
	});

	it('are what labelPlacement gives and memoised scenes are reused', () => {
		const step = mapSteps[1]!;
		expect(labelPlacement(data, step.state, locale)).toBe(labels[sceneKey(step.state)]);
		expect(mapScene(data, { ...step.state }, locale)).toBe(mapScene(data, step.state, locale));
	});
});
