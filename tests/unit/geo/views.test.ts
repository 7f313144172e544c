import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { eventsOfStep } from '$geo/scene';
import { FRAME } from '$geo/projection';
import { rectContains, toFrame, viewTransform } from '$geo/views';
import { mapData } from '$lib/server/mapData';
import { VIEWS } from '$story/registry';

const bundle = bundleJson as unknown as Bundle;
const data = mapData(bundle);
const placeAt = new Map(data.places.map((p) => [p.id, [p.x, p.y] as [number, number]]));
const mapSteps = [...bundle.stories.en.steps, ...bundle.stories.fr.steps].filter(
	(s) => s.state.graphic === 'map'
);

describe('views', () => {
	it('frames each view whole inside the stage square, centred', () => {
		for (const id of VIEWS) {
			const { rect } = data.views[id];
			const t = viewTransform(rect);
			const [x0, y0] = toFrame([rect[0], rect[1]], t);
			const [x1, y1] = toFrame([rect[2], rect[3]], t);
			expect(x0, id).toBeGreaterThanOrEqual(0);
			expect(y0, id).toBeGreaterThanOrEqual(0);
			expect(x1, id).toBeLessThanOrEqual(FRAME);
			expect(y1, id).toBeLessThanOrEqual(FRAME);
			expect(Math.max(x1 - x0, y1 - y0), id).toBeGreaterThan(FRAME * 0.85);
			expect((x0 + x1) / 2).toBeCloseTo(FRAME / 2, 5);
		}
	});

	it('contains every located place that a step using the view highlights', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const step of mapSteps) {
			const rect = data.views[step.state.view].rect;
			for (const id of step.state.highlight) {
				const at = placeAt.get(id);
				if (!at) continue;
				checked++;
				if (!rectContains(rect, at)) missing.push(`${step.slug}: ${id} not in ${step.state.view}`);
			}
		}
		// The story names places at most map steps: the check is not vacuous.
		expect(checked).toBeGreaterThan(40);
		expect(missing).toEqual([]);
	});

	it('shows at least one of its events inside the view at every map step that marks events', () => {
		const empty: string[] = [];
		for (const step of mapSteps) {
			if (!step.state.layers.includes('events')) continue;
			const rect = data.views[step.state.view].rect;
			const shown = eventsOfStep(step.state, data.events).filter((e) =>
				e.places.some((id) => rectContains(rect, placeAt.get(id)!))
			);
			if (shown.length === 0) empty.push(`${step.slug} (${step.state.date}, ${step.state.view})`);
		}
		expect(empty).toEqual([]);
	});
});
