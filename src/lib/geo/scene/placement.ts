import {
	placeLabels,
	type LabelRequest,
	type Obstacle,
	type PlaceOptions,
	type PlacedLabel
} from '../labels';
import { LABEL_TIERS, type StageRoom } from './tiers';

/**
 * Where the labels of a scene went, as text: `id position tier` per label, joined
 * by `;`. Placing labels is the one costly part of a scene (every order of the
 * names a step makes, checked over every stage size), so the server places them
 * for each step of an edition and ships the result (see mapLabels); the client
 * then only rebuilds the boxes.
 */
export type LabelPlacement = string;

interface TieredLabel {
	label: PlacedLabel;
	tier: number;
}

const POSITIONS: ReadonlySet<string> = new Set(['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's', 'c']);

export function encodePlacement(tiered: readonly TieredLabel[]): LabelPlacement {
	return tiered.map((t) => `${t.label.id} ${t.label.position} ${t.tier}`).join(';');
}

/** The placed labels a placement names, or null when it does not fit these requests. */
export function decodePlacement(
	placement: LabelPlacement,
	requests: ReadonlyMap<string, LabelRequest>
): TieredLabel[] | null {
	if (placement === '') return [];
	const out: TieredLabel[] = [];
	for (const entry of placement.split(';')) {
		const [id, position, tier] = entry.split(' ');
		if (!id || !requests.has(id) || !position || !POSITIONS.has(position)) return null;
		const t = Number(tier);
		if (!Number.isInteger(t) || t < 0 || t >= LABEL_TIERS.length) return null;
		out.push({ label: { id, position: position as PlacedLabel['position'] }, tier: t });
	}
	return out;
}

/** Orders of a few items, all of them; a longer list keeps its own order. */
function orders<T>(items: T[]): T[][] {
	if (items.length <= 1 || items.length > 5) return [items];
	return items.flatMap((item, i) =>
		orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

/**
 * Places the labels of the places a step names, on every stage size (tier 0): the
 * greedy placer can block one with another, so each order of the few names is tried
 * and the one that labels the most is kept (the first such, so the result is stable).
 */
function placeNamed(
	requests: LabelRequest[],
	placeOf: (r: LabelRequest) => string,
	options: PlaceOptions
): PlacedLabel[] {
	const places = [...new Set(requests.map(placeOf))];
	let best: PlacedLabel[] = [];
	let bestCount = -1;
	for (const order of orders(places)) {
		const rank = new Map(order.map((id, i) => [id, i]));
		const placed = placeLabels(
			requests.map((r) => ({ ...r, priority: rank.get(placeOf(r))! * 100 + r.priority })),
			options
		);
		if (placed.length > bestCount) {
			best = placed;
			bestCount = placed.length;
		}
		if (bestCount === places.length) break;
	}
	return best;
}

/**
 * Places a step's labels tier by tier. The places the step names itself go first, then
 * those of the events it names, on every stage; then each tier's labels, shown from its
 * size up, so checked at every size from there to the widest, clear of those before.
 */
export function placeTiers(
	requests: readonly LabelRequest[],
	placeOf: (r: LabelRequest) => string,
	named: { own: ReadonlySet<string>; direct: ReadonlySet<string> },
	room: StageRoom,
	obstacles: Obstacle[]
): TieredLabel[] {
	const byId = new Map(requests.map((r) => [r.id, r]));
	const tiered: TieredLabel[] = [];
	const placedSoFar = () =>
		tiered.map((t) => ({ request: byId.get(t.label.id)!, position: t.label.position }));
	const { bounds, reserved } = room;
	for (const wanted of [(id: string) => named.own.has(id), (id: string) => !named.own.has(id)]) {
		const placed = placeNamed(
			requests.filter((r) => named.direct.has(placeOf(r)) && wanted(placeOf(r))),
			placeOf,
			{
				stages: LABEL_TIERS.flatMap((t) => t.stages),
				bounds,
				obstacles,
				reserved,
				placed: placedSoFar()
			}
		);
		for (const label of placed) tiered.push({ label, tier: 0 });
	}
	const pending = () => {
		const done = new Set(tiered.map((t) => t.label.id));
		const groups = new Set(tiered.map((t) => byId.get(t.label.id)!.group).filter(Boolean));
		return requests.filter((r) => !done.has(r.id) && !(r.group && groups.has(r.group)));
	};
	const placeAt = (tier: number, list: LabelRequest[]) => {
		const placed = placeLabels(list, {
			stages: LABEL_TIERS.slice(tier).flatMap((t) => t.stages),
			bounds,
			obstacles,
			reserved,
			placed: placedSoFar()
		});
		for (const label of placed) tiered.push({ label, tier });
		return placed.length > 0;
	};
	// Then the other labels the step must show (the places of its events), one at a time
	// on the smallest tier it fits: one that fits no phone keeps its room on wider stages
	// before less important labels take it.
	const mustShow = pending()
		.filter((r) => r.mustShow)
		.sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
	for (const req of mustShow) {
		const form = pending().filter((r) => r.id === req.id || (req.group && r.group === req.group));
		if (!form.some((r) => r.id === req.id)) continue;
		LABEL_TIERS.some((_, tier) => placeAt(tier, form));
	}
	LABEL_TIERS.forEach((_, tier) => placeAt(tier, pending()));
	return tiered;
}
