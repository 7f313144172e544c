import type { Bundle } from '$lib/data/types';
import { labelPlacement, sceneKey, type LabelPlacement } from '$geo/scene';
import type { Locale } from '$story/registry';
import { mapData } from './mapData';

/** Label placements by scene key (see sceneKey). */
export type MapLabels = Record<string, LabelPlacement>;

const cached = new Map<Locale, { bundle: Bundle; labels: MapLabels }>();

/**
 * Where the labels of every map step of an edition go, placed once at build time.
 * Placement is the costly part of a scene (tens of milliseconds a step on a slow
 * phone); shipped, it leaves the client only the boxes to rebuild when the reader
 * reaches a step. A step whose key is missing is placed on the client, same result.
 */
export function mapLabels(bundle: Bundle, locale: Locale): MapLabels {
	const hit = cached.get(locale);
	if (hit?.bundle === bundle) return hit.labels;
	const data = mapData(bundle);
	const labels: MapLabels = {};
	for (const step of bundle.stories[locale].steps) {
		if (step.state.graphic !== 'map') continue;
		labels[sceneKey(step.state)] ??= labelPlacement(data, step.state, locale);
	}
	cached.set(locale, { bundle, labels });
	return labels;
}
