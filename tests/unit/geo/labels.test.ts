import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { labelBox, overlaps, placeLabels, type Box, type LabelRequest } from '$geo/labels';
import { LABEL_TIERS, mapScene, type Scene } from '$geo/scene';
import { stageRoom } from '$geo/scene/tiers';
import { formatDate } from '$story/format';
import { toFrame } from '$geo/views';
import { mapData } from '$lib/server/mapData';
import { LOCALES, VIEWS } from '$story/registry';
import type { StepState } from '$story/types';

const bundle = bundleJson as unknown as Bundle;
const data = mapData(bundle);

/** Label boxes of a scene as drawn on a stage square of `stage` px. */
function boxes(scene: Scene, stage: number): { id: string; box: Box }[] {
	const px = stage / data.frame;
	return scene.labels
		.filter((l) => stage >= LABEL_TIERS[l.tier]!.min)
		.map((l) => {
			const [fx, fy] = toFrame([l.x, l.y], scene.transform);
			const x0 = fx * px + l.dx;
			const y0 = fy * px + l.dy;
			return { id: l.id, box: { x0, y0, x1: x0 + l.width, y1: y0 + l.height } };
		})
		.concat(
			scene.arrows
				.filter((a) => stage >= LABEL_TIERS[a.tier]!.min)
				.map((a) => {
					const [fx, fy] = toFrame([a.x, a.y], scene.transform);
					const [x, y] = [fx * px, fy * px];
					const b = a.box;
					return {
						id: `arrow ${a.id}`,
						box: { x0: x + b.x0, y0: y + b.y0, x1: x + b.x1, y1: y + b.y1 }
					};
				})
		);
}

function collisions(list: { id: string; box: Box }[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < list.length; i++) {
		for (let j = i + 1; j < list.length; j++) {
			if (overlaps(list[i]!.box, list[j]!.box)) out.push(`${list[i]!.id} × ${list[j]!.id}`);
		}
	}
	return out;
}

describe('placeLabels', () => {
	const cluster: LabelRequest[] = Array.from({ length: 30 }, (_, i) => ({
		id: `p${i}`,
		x: 0.5 + 0.01 * Math.cos(i),
		y: 0.5 + 0.01 * Math.sin(i * 1.7),
		text: `Village number ${i}`,
		priority: i,
		size: 12,
		radius: 3.5
	}));
	const bounds = (s: number): Box => ({ x0: 0, y0: 0, x1: s, y1: s });

	it('drops labels rather than letting them overlap in a dense cluster', () => {
		const placed = placeLabels(cluster, { stages: [320, 500], bounds });
		expect(placed.length).toBeGreaterThan(2);
		expect(placed.length).toBeLessThan(cluster.length);
		for (const stage of [320, 500]) {
			const list = placed.map((p) => ({
				id: p.id,
				box: labelBox(
					cluster.find((c) => c.id === p.id)!,
					p.position,
					stage
				)
			}));
			expect(collisions(list)).toEqual([]);
		}
	});

	it('places by priority: the first request always gets its label', () => {
		const placed = placeLabels(cluster, { stages: [320], bounds });
		expect(placed[0]!.id).toBe('p0');
	});

	it('keeps labels inside the bounds and off markers', () => {
		const edge: LabelRequest = {
			id: 'edge',
			x: 0.99,
			y: 0.5,
			text: 'Edge town',
			priority: 0,
			size: 12,
			radius: 4
		};
		const [p] = placeLabels([edge], { stages: [320], bounds });
		expect(p!.position).toMatch(/w/);
		const blocked = placeLabels([edge], {
			stages: [320],
			bounds,
			obstacles: [{ x: 0.99 - 40 / 320, y: 0.5, radius: 40 }]
		});
		expect(blocked.every((b) => !['w'].includes(b.position))).toBe(true);
	});
});

describe('placeLabels beside a neighbouring marker', () => {
	const bounds = (s: number): Box => ({ x0: 0, y0: 0, x1: s, y1: s });
	const town: LabelRequest = {
		id: 'town',
		x: 0.5,
		y: 0.5,
		text: 'Town',
		priority: 0,
		size: 12,
		radius: 4
	};
	const own = { id: 'town', x: 0.5, y: 0.5, radius: 4 };
	// Just above the label's first choice (east): not under it, but nearer to it than the town.
	const neighbour = { id: 'mosque', x: 0.5 + 30 / 320, y: 0.5 - 14 / 320, radius: 3 };

	it('puts a label on the side away from another marker that it would sit closer to', () => {
		const alone = placeLabels([town], { stages: [320], bounds, obstacles: [own] });
		expect(alone[0]!.position).toBe('e');
		const [p] = placeLabels([town], { stages: [320], bounds, obstacles: [own, neighbour] });
		expect(p!.position).not.toMatch(/e/);
	});

	// Bounds that leave room for the east side only.
	const eastOnly = (s: number): Box => ({
		x0: s / 2,
		y0: s / 2 - 10,
		x1: s,
		y1: s / 2 + 10
	});

	it('drops a label whose only free side is nearer another marker', () => {
		// It would read as the other marker's name (Busra al-Sham under the Nasib crossing).
		const placed = placeLabels([town], {
			stages: [320],
			bounds: eastOnly,
			obstacles: [own, neighbour]
		});
		expect(placed).toEqual([]);
	});

	it('still places there a label the step must show, when no other side is free', () => {
		const [p] = placeLabels([{ ...town, mustShow: true }], {
			stages: [320],
			bounds: eastOnly,
			obstacles: [own, neighbour]
		});
		expect(p?.position).toBe('e');
	});
});

describe('labels of the story map', () => {
	const states: StepState[] = [];
	for (const step of bundle.stories.en.steps)
		if (step.state.graphic === 'map') states.push(step.state);
	// Every view on a few dates with every layer, beyond what the story uses today.
	for (const view of VIEWS) {
		for (const date of ['2018-06-19', '2018-07-06', '2018-07-20', '2018-07-27', '2018-08-01']) {
			states.push({
				date,
				graphic: 'map',
				view,
				layers: ['control', 'areas', 'events', 'labels'],
				highlight: []
			});
		}
	}

	it('never overlaps labels at any stage size, in either language', () => {
		const problems: string[] = [];
		for (const state of states) {
			for (const locale of LOCALES) {
				const scene = mapScene(data, state, locale);
				for (const stage of [215, 240, 300, 329, 330, 375, 420, 500, 599, 600, 672, 800, 1000]) {
					for (const c of collisions(boxes(scene, stage))) {
						problems.push(`${state.view} ${state.date} ${locale} @${stage}px: ${c}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
		// Every scene of the story and more, each placed from scratch: slow on a shared machine.
	}, 60_000);

	it('never puts a label under the date, the locator or the scale bar', () => {
		const problems: string[] = [];
		for (const locale of LOCALES) {
			for (const step of bundle.stories[locale].steps) {
				if (step.state.graphic !== 'map') continue;
				const scene = mapScene(data, step.state, locale);
				const room = stageRoom(
					formatDate(step.state.date, locale),
					scene.showControl && scene.beforeOffensive,
					scene.showLocator
				);
				for (const stage of [215, 250, 290, 329, 330, 375, 450, 520, 599, 600, 800, 1000]) {
					for (const { id, box } of boxes(scene, stage)) {
						if (room.reserved(stage).some((inset) => overlaps(inset, box)))
							problems.push(`${locale} ${step.slug} @${stage}px: ${id}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('writes no Latin name on an Arabic map (a place with no Arabic name goes unlabelled)', () => {
		// Place names only: a road keeps its number (طريق M5).
		const places = new Set(data.places.map((p) => p.id));
		const latin: string[] = [];
		for (const state of states) {
			const scene = mapScene(data, state, 'ar');
			const ringed = new Set(scene.markers.filter((m) => m.ringed).map((m) => m.id));
			for (const l of scene.labels)
				if (places.has(l.id) && /[A-Za-z]/.test(l.text) && !ringed.has(l.id))
					latin.push(`${state.view} ${l.text}`);
		}
		expect(latin).toEqual([]);
	});

	it('writes no name twice on an Arabic map (a governorate beside its city)', () => {
		const twice: string[] = [];
		for (const step of bundle.stories.ar.steps) {
			if (step.state.graphic !== 'map') continue;
			const texts = mapScene(data, step.state, 'ar').labels.map((l) => l.text);
			for (const t of new Set(texts))
				if (texts.filter((x) => x === t).length > 1) twice.push(`${step.slug} ${t}`);
		}
		expect(twice).toEqual([]);
	});

	it('labels the places the step is about', () => {
		const state: StepState = {
			date: '2018-07-30',
			graphic: 'map',
			view: 'yarmouk',
			layers: ['control', 'areas', 'labels'],
			highlight: ['al-shajara', 'beit-ara', 'kuwaya']
		};
		const scene = mapScene(data, state, 'en');
		const labelled = new Set(scene.labels.filter((l) => l.tier === 0).map((l) => l.id));
		for (const id of state.highlight) expect(labelled.has(id), id).toBe(true);
	});

	it('draws and labels every place a story step names, on phones too', () => {
		const onMap = new Set(data.places.map((p) => p.id));
		const events = new Map(data.events.map((e) => [e.id, e]));
		const unlabelled: string[] = [];
		const notOnSmallest: string[] = [];
		const undrawn: string[] = [];
		let checked = 0;
		for (const locale of LOCALES) {
			for (const step of bundle.stories[locale].steps) {
				if (step.state.graphic !== 'map') continue;
				const scene = mapScene(data, step.state, locale);
				const drawn = new Set([
					...scene.markers.map((m) => m.id),
					...scene.labels.flatMap((l) => (l.place ? [l.place] : []))
				]);
				for (const id of step.state.highlight) {
					// A named event stands for its places: they are drawn (when in the square).
					for (const place of events.get(id)?.places ?? []) {
						const m = data.places.find((p) => p.id === place)!;
						const [fx, fy] = toFrame([m.x, m.y], scene.transform);
						const inSquare = fx >= 0 && fx <= data.frame && fy >= 0 && fy <= data.frame;
						if (m.marked && inSquare && !drawn.has(place))
							undrawn.push(`${locale} ${step.slug} ${place}`);
					}
					if (!onMap.has(id)) continue;
					checked++;
					const key = `${locale} ${step.slug} ${id}`;
					if (!drawn.has(id)) undrawn.push(key);
					const label = scene.labels.find((l) => l.id === id);
					// Tier 1 shows from a 330 px square: every phone but the narrowest.
					if (!label || label.tier > 1) unlabelled.push(key);
					else if (label.tier > 0) notOnSmallest.push(key);
				}
			}
		}
		expect(checked).toBeGreaterThan(40);
		expect(undrawn).toEqual([]);
		expect(unlabelled).toEqual([]);
		expect(notOnSmallest).toEqual([]);
	});

	it('draws the buses leaving Umm Batina heading north to Morek on 19 July', () => {
		const state = states.find((s) => s.date === '2018-07-19' && s.view === 'quneitra')!;
		const scene = mapScene(data, state, 'en');
		const arrow = scene.arrows.find((a) => a.id === 'quneitra-evacuation');
		expect(arrow?.tier).toBe(0);
		expect(arrow?.angle).toBeCloseTo(-73.9, 1);
		expect(arrow?.text).toBe('to Morek');
	});

	it('marks only the events a step names, not every event of its date', () => {
		// 26 June: Busra al-Harir fell and Jordan closed its border; the step is about the first.
		const state = states.find((s) => s.date === '2018-06-26' && s.view === 'east-daraa')!;
		const scene = mapScene(data, state, 'en');
		const ringed = scene.markers.filter((m) => m.ringed).map((m) => m.id);
		expect(ringed).toContain('busra-al-harir');
		expect(ringed).not.toContain('nasib-crossing');
		expect(scene.labels.find((l) => l.id === 'nasib-crossing')?.kind ?? 'place').toBe('place');
	});

	it('labels the occupied Golan the way wire services do', () => {
		const south = mapScene(data, { ...states[0]!, view: 'quneitra', layers: ['labels'] }, 'en');
		expect(south.labels.find((l) => l.kind === 'golan')?.text).toBe(
			'Israeli-occupied Golan Heights'
		);
		const fr = mapScene(data, { ...states[0]!, view: 'quneitra', layers: ['labels'] }, 'fr');
		expect(fr.labels.find((l) => l.kind === 'golan')?.text).toBe('Golan occupé par Israël');
	});
});

describe('a label the step must show', () => {
	it('covers a marker rather than hide under the date or the scale bar', () => {
		const request: LabelRequest = {
			id: 'named',
			x: 0.5,
			y: 0.5,
			text: 'Named place',
			priority: 0,
			size: 12,
			radius: 3,
			mustShow: true
		};
		const options = {
			stages: [200],
			bounds: () => ({ x0: 0, y0: 0, x1: 200, y1: 200 }),
			// An inset over the whole right half, a big marker just left of the anchor.
			reserved: () => [{ x0: 100, y0: 0, x1: 200, y1: 200 }],
			obstacles: [{ x: 0.3, y: 0.5, radius: 40 }]
		};
		const [placed] = placeLabels([request], options);
		expect(placed?.id).toBe('named');
		const box = labelBox(request, placed!.position, 200);
		expect(overlaps(box, { x0: 100, y0: 0, x1: 200, y1: 200 })).toBe(false);
		// With nowhere else to go but the inset, it is not drawn: never under the date.
		const cornered = placeLabels([request], {
			...options,
			obstacles: [...options.obstacles, { x: 0.5, y: 0.5, radius: 0 }],
			bounds: () => ({ x0: 60, y0: 0, x1: 200, y1: 200 })
		});
		expect(cornered).toEqual([]);
	});

	it('covers the fewest markers it can', () => {
		const request: LabelRequest = {
			id: 'named',
			x: 0.5,
			y: 0.5,
			text: 'Named',
			priority: 0,
			size: 12,
			radius: 3,
			mustShow: true
		};
		const bounds = () => ({ x0: 0, y0: 0, x1: 200, y1: 200 });
		const alone = placeLabels([request], { stages: [200], bounds });
		expect(alone[0]?.position).toBe('e');
		// Markers under every side; two east of the anchor, one west, more elsewhere.
		const dot = (dx: number, dy: number) => ({ x: 0.5 + dx / 200, y: 0.5 + dy / 200, radius: 2 });
		const obstacles = [
			{ id: 'named', x: 0.5, y: 0.5, radius: 3 },
			dot(15, 0),
			dot(30, 0),
			dot(-20, 0),
			...[-12, 12].flatMap((dy) => [-30, -15, 0, 15, 30].map((dx) => dot(dx, dy * 1.5)))
		];
		const [p] = placeLabels([request], { stages: [200], bounds, obstacles });
		expect(p?.position).toBe('w');
	});
});
