import type { MapData } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import type { StepState } from '$story/types';
import { formatDate } from '$story/format';
import { controlOn, type MapController } from '../control';
import { labelBox, type LabelRequest, type Obstacle, type PlacedLabel } from '../labels';
import { toFrame, viewTransform } from '../views';
import { convoyRequests } from './convoys';
import { stepFocus } from './focus';
import { labelRequests } from './labelRequests';
import { sceneMarkers } from './markers';
import { decodePlacement, encodePlacement, placeTiers, type LabelPlacement } from './placement';
import { stageRoom } from './tiers';
import type { Scene, SceneArrow, SceneLabel } from './types';

const NICE_KM = [1, 2, 5, 10, 20, 50, 100];

/**
 * Everything the map draws for one step, as a pure function of (data, state,
 * locale): the server render and the first client render get the same scene, so
 * hydration changes nothing. `placement`, when it fits, is where the labels go;
 * otherwise they are placed here.
 */
export function buildScene(
	data: MapData,
	state: StepState,
	locale: Locale,
	placement?: LabelPlacement
): { scene: Scene; placement: LabelPlacement } {
	const view = data.views[state.view];
	const transform = viewTransform(view.rect);
	const layers = new Set(state.layers);
	const showControl = layers.has('control');
	const showAreas = layers.has('areas');
	const showLocator = layers.has('locator');
	const showM5 = ['south', 'east-daraa', 'nasib'].includes(state.view);
	const control = controlOn(state.date, data.control);
	const frame = data.frame;
	const focus = stepFocus(data, state, layers);
	const markers = sceneMarkers(data, focus, transform, showControl ? control : null);

	/** The place of each label request whose id is not the place's own (alternatives). */
	const alternatives = new Map<string, string>();
	const arrowCandidates = new Map<string, SceneArrow>();
	const requests: LabelRequest[] = [
		...labelRequests(
			data,
			state,
			locale,
			focus,
			markers,
			transform,
			{ labels: layers.has('labels'), m5: showM5 },
			alternatives
		),
		...convoyRequests(data, focus.events, locale, transform, arrowCandidates)
	];
	const obstacles: Obstacle[] = markers.map((m) => ({
		id: m.id,
		x: m.fx / frame,
		y: m.fy / frame,
		radius: m.radius
	}));
	const beforeOffensive = state.date < '2018-06-19';
	const byId = new Map(requests.map((r) => [r.id, r]));
	const placeOf = (r: LabelRequest) => alternatives.get(r.id) ?? r.id;
	const tiered =
		(placement === undefined ? null : decodePlacement(placement, byId)) ??
		placeTiers(
			requests,
			placeOf,
			focus,
			stageRoom(formatDate(state.date, locale), showControl && beforeOffensive, showLocator),
			obstacles
		);

	const placeById = new Map(data.places.map((p) => [p.id, p]));
	const toSceneLabel = (l: PlacedLabel, tier: number): SceneLabel => {
		const r = byId.get(l.id)!;
		// Offsets do not depend on the stage size: measure them on any.
		const box = labelBox(r, l.position, 1000);
		const area = r.group ? data.areaLabels.find((a) => a.id === r.group) : undefined;
		const placeId = placeOf(r);
		const place = placeById.get(placeId);
		const align: SceneLabel['align'] = ['w', 'nw', 'sw'].includes(l.position)
			? 'right'
			: ['e', 'ne', 'se'].includes(l.position)
				? 'left'
				: 'center';
		const kind: SceneLabel['kind'] = area
			? area.kind
			: place && !place.marked
				? 'region'
				: focus.eventOf.has(placeId)
					? 'event'
					: focus.highlighted.has(placeId)
						? 'highlight'
						: 'place';
		// A region drawn only as its label: the label is the place's drawing too.
		return {
			id: placeId,
			place: !area && place && !place.marked ? place.id : undefined,
			// Back to projected units: the page positions labels with the (animated) view transform.
			x: (r.x * frame - transform.tx) / transform.k,
			y: (r.y * frame - transform.ty) / transform.k,
			text: r.text,
			lines: r.lines ?? [r.text],
			dx: box.x0 - r.x * 1000,
			dy: box.y0 - r.y * 1000,
			width: box.x1 - box.x0,
			height: box.y1 - box.y0,
			size: r.size,
			align,
			kind,
			tier
		};
	};
	const labels = tiered
		.filter((t) => !arrowCandidates.has(t.label.id))
		.map((t) => toSceneLabel(t.label, t.tier));
	const arrows: SceneArrow[] = tiered
		.filter((t) => arrowCandidates.has(t.label.id))
		.map((t) => ({ ...arrowCandidates.get(t.label.id)!, tier: t.tier }));

	const cellControl = new Map<string, { controller: MapController; disputed: boolean }>();
	if (showAreas) {
		for (const cell of data.cells) {
			const c = control.get(cell.id);
			if (c) cellControl.set(cell.id, { controller: c.controller, disputed: c.disputed });
		}
	}

	// Scale bar: the largest round distance that spans at most a fifth of the square.
	const kmPerFrame = view.km / transform.k;
	const km = [...NICE_KM].reverse().find((d) => d / kmPerFrame / frame <= 0.2) ?? 1;
	const [gx0, gy0] = toFrame([data.golanBox[0], data.golanBox[1]], transform);
	const [gx1, gy1] = toFrame([data.golanBox[2], data.golanBox[3]], transform);

	const scene: Scene = {
		transform,
		markers,
		labels,
		arrows,
		cellControl,
		scale: { km, share: km / kmPerFrame / frame },
		showControl,
		showAreas,
		showLocator,
		showM5,
		beforeOffensive,
		golanInView: gx1 > 0 && gx0 < frame && gy1 > 0 && gy0 < frame
	};
	return { scene, placement: encodePlacement(tiered) };
}
