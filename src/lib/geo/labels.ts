/**
 * Greedy label placement: labels are taken in priority order and each tries a few
 * positions around its anchor; a label that fits nowhere is dropped. Anchors are in
 * a unit square (the stage square) while labels keep their pixel size, so the same
 * labels are checked at several square sizes: a placement is kept only if it is
 * clear at every size of the range it will be shown at.
 */

export interface LabelRequest {
	id: string;
	/** Anchor in the unit square (0..1 of the stage square's side). */
	x: number;
	y: number;
	text: string;
	/** Lower is placed first. */
	priority: number;
	/** Font size in px. */
	size: number;
	/** Half the marker's size in px; 0 for labels centred on their anchor (areas, countries). */
	radius: number;
	/** Bold text is wider. */
	bold?: boolean;
	/** A fixed box (px offsets from the anchor) instead of positions around a marker: arrows. */
	box?: Box;
	/**
	 * Requests of one group are alternatives (other anchors, or the name on two lines, for
	 * one label): the first that fits wins.
	 */
	group?: string;
	/** The marker this label names, when its id is not the marker's own (an alternative). */
	marker?: string;
	/**
	 * The step is about it: if no position is clear of markers, it may cover a marker
	 * (never a label), and an inset such as the date only when a marker will not do.
	 */
	mustShow?: boolean;
	/** Lines, for long area names; the widest sets the box. */
	lines?: string[];
}

export type Position = 'e' | 'w' | 'ne' | 'se' | 'nw' | 'sw' | 'n' | 's' | 'c';

export interface PlacedLabel {
	id: string;
	position: Position;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Average glyph width as a share of the font size, set high on purpose: an estimate too small would let labels touch. */
const CHAR_WIDTH = 0.56;
const BOLD_WIDTH = 0.62;
const GAP = 3;

export function labelSize(req: Pick<LabelRequest, 'text' | 'size' | 'bold' | 'lines'>): {
	width: number;
	height: number;
} {
	const lines = req.lines ?? [req.text];
	const longest = Math.max(...lines.map((l) => l.length));
	const width = longest * req.size * (req.bold ? BOLD_WIDTH : CHAR_WIDTH) + 4;
	return { width, height: lines.length * req.size * 1.2 + 2 };
}

/** The box of a label at a position on a stage square of `stage` px; offsets clear the marker by GAP px. */
export function labelBox(req: LabelRequest, position: Position, stage: number): Box {
	const { width: w, height: h } = labelSize(req);
	const r = req.radius + GAP;
	const d = r * 0.75;
	const x = req.x * stage;
	const y = req.y * stage;
	if (req.box)
		return { x0: x + req.box.x0, y0: y + req.box.y0, x1: x + req.box.x1, y1: y + req.box.y1 };
	switch (position) {
		case 'e':
			return { x0: x + r, y0: y - h / 2, x1: x + r + w, y1: y + h / 2 };
		case 'w':
			return { x0: x - r - w, y0: y - h / 2, x1: x - r, y1: y + h / 2 };
		case 'ne':
			return { x0: x + d, y0: y - d - h, x1: x + d + w, y1: y - d };
		case 'se':
			return { x0: x + d, y0: y + d, x1: x + d + w, y1: y + d + h };
		case 'nw':
			return { x0: x - d - w, y0: y - d - h, x1: x - d, y1: y - d };
		case 'sw':
			return { x0: x - d - w, y0: y + d, x1: x - d, y1: y + d + h };
		case 'n':
			return { x0: x - w / 2, y0: y - r - h, x1: x + w / 2, y1: y - r };
		case 's':
			return { x0: x - w / 2, y0: y + r, x1: x + w / 2, y1: y + r + h };
		case 'c':
			return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
	}
}

export function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const AROUND: Position[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

/** A marker nothing may cover: anchor in the unit square, half-size in px. */
export interface Obstacle {
	x: number;
	y: number;
	radius: number;
	/** The label request that names this marker, if any. */
	id?: string;
}

export interface PlaceOptions {
	/** Square sizes (px) the labels must be clear at; placements are checked at each. */
	stages: number[];
	/** Labels must lie inside this box at a given stage size (the visible square less insets). */
	bounds: (stage: number) => Box;
	/** Markers. */
	obstacles?: Obstacle[];
	/** Boxes in px at a given stage size that labels must avoid (an inset drawn over the map). */
	reserved?: (stage: number) => Box[];
	/** Labels already placed (the small-stage set, when placing extras for wide stages). */
	placed?: { request: LabelRequest; position: Position }[];
}

function obstacleBox(o: Obstacle, stage: number): Box {
	return {
		x0: o.x * stage - o.radius,
		y0: o.y * stage - o.radius,
		x1: o.x * stage + o.radius,
		y1: o.y * stage + o.radius
	};
}

/** How far a marker's edge is from a box, in px (0 when it touches or is inside). */
function gapTo(o: Obstacle, box: Box, stage: number): number {
	const x = o.x * stage;
	const y = o.y * stage;
	const dx = Math.max(box.x0 - x, 0, x - box.x1);
	const dy = Math.max(box.y0 - y, 0, y - box.y1);
	return Math.max(0, Math.hypot(dx, dy) - o.radius);
}

/**
 * Whether a marker's label at this position sits closer to another marker than to its
 * own: a label is read as naming the marker nearest to it. Markers on the
 * label's own spot are left out: no position can tell those apart.
 */
function misleads(req: LabelRequest, position: Position, stage: number, markers: Obstacle[]) {
	const own = markers.find((o) => o.id === (req.marker ?? req.id));
	if (!own) return false;
	const box = labelBox(req, position, stage);
	const ownGap = gapTo(own, box, stage);
	return markers.some((o) => {
		if (o === own) return false;
		const apart = Math.hypot((o.x - own.x) * stage, (o.y - own.y) * stage);
		if (apart <= o.radius + own.radius) return false;
		return gapTo(o, box, stage) < ownGap;
	});
}

/** A box at the smallest and at the largest stage size: every edge moves linearly in between. */
type Span = [Box, Box];

/**
 * Whether two spans overlap at any stage size between their ends, not only at the
 * listed sizes: each edge is linear in the size, so each of the four overlap
 * conditions holds on an interval, and the boxes overlap where all four do.
 */
export function spansOverlap(a: Span, b: Span): boolean {
	let from = 0;
	let to = 1;
	const gaps: [number, number][] = [
		[b[0].x1 - a[0].x0, b[1].x1 - a[1].x0],
		[a[0].x1 - b[0].x0, a[1].x1 - b[1].x0],
		[b[0].y1 - a[0].y0, b[1].y1 - a[1].y0],
		[a[0].y1 - b[0].y0, a[1].y1 - b[1].y0]
	];
	for (const [g0, g1] of gaps) {
		// Overlap needs every gap > 0 along t in [0, 1], gap = g0 + t (g1 - g0).
		if (g0 <= 0 && g1 <= 0) return false;
		if (g0 > 0 && g1 > 0) continue;
		const root = g0 / (g0 - g1);
		if (g0 > 0) to = Math.min(to, root);
		else from = Math.max(from, root);
	}
	return from < to;
}

/** Places labels greedily by priority; returns the ones that fit, without overlaps at any size in the range. */
export function placeLabels(
	requests: readonly LabelRequest[],
	options: PlaceOptions
): PlacedLabel[] {
	const { stages, bounds } = options;
	const lo = Math.min(...stages);
	const hi = Math.max(...stages);
	const span = (f: (stage: number) => Box): Span => [f(lo), f(hi)];
	const reservedLo = options.reserved?.(lo) ?? [];
	const reservedHi = options.reserved?.(hi) ?? [];
	const labelsTaken: Span[] = (options.placed ?? []).map((p) =>
		span((stage) => labelBox(p.request, p.position, stage))
	);
	const reservedSpans = reservedLo.map((box, i): Span => [box, reservedHi[i]!]);
	const taken: Span[] = [
		...reservedSpans,
		...(options.obstacles ?? []).map((o) => span((stage) => obstacleBox(o, stage))),
		...labelsTaken
	];
	const markers = options.obstacles ?? [];
	const result: PlacedLabel[] = [];
	const sorted = [...requests].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
	const alternatives = new Map<string, LabelRequest[]>();
	for (const req of sorted) {
		if (req.group) alternatives.set(req.group, [...(alternatives.get(req.group) ?? []), req]);
	}
	const fits = (req: LabelRequest, position: Position) =>
		stages.every((stage) => {
			const box = labelBox(req, position, stage);
			const b = bounds(stage);
			return box.x0 >= b.x0 && box.x1 <= b.x1 && box.y0 >= b.y0 && box.y1 <= b.y1;
		});
	const take = (req: LabelRequest, position: Position, own: Span) => {
		taken.push(own);
		labelsTaken.push(own);
		result.push({ id: req.id, position });
	};
	const positionsOf = (req: LabelRequest) => (req.radius > 0 ? AROUND : (['c'] as Position[]));
	/** The first position clear of `against` (and, when `unambiguous`, nearer its own marker than any other). */
	const tryPlace = (req: LabelRequest, against: Span[], unambiguous: boolean) => {
		for (const position of positionsOf(req)) {
			if (!fits(req, position)) continue;
			const own = span((stage) => labelBox(req, position, stage));
			if (against.some((t) => spansOverlap(t, own))) continue;
			if (unambiguous && stages.some((stage) => misleads(req, position, stage, markers))) continue;
			take(req, position, own);
			return true;
		}
		return false;
	};
	/** Markers a label could be read as naming: all but its own and those on its own spot. */
	const othersThan = (req: LabelRequest) => {
		const own = markers.find((o) => o.id === (req.marker ?? req.id));
		return markers.filter(
			(o) =>
				o !== own && (!own || Math.hypot(o.x - own.x, o.y - own.y) * lo > o.radius + own.radius)
		);
	};
	/**
	 * A label the step must show, where no form of it has a position clear of markers:
	 * of every form and position clear of labels and insets, the one that covers the
	 * fewest markers over the stage sizes (its halo keeps it readable; the markers under
	 * it are lost), then the one that sits nearer another marker than its own at the
	 * fewest sizes, then the first.
	 */
	const placeOverMarkers = (choices: LabelRequest[]) => {
		let best: { req: LabelRequest; position: Position; span: Span; cost: number[] } | null = null;
		for (const req of choices) {
			const others = othersThan(req);
			for (const position of positionsOf(req)) {
				if (!fits(req, position)) continue;
				const own = span((stage) => labelBox(req, position, stage));
				if ([...reservedSpans, ...labelsTaken].some((t) => spansOverlap(t, own))) continue;
				let covered = 0;
				let misleading = 0;
				for (const stage of stages) {
					const box = labelBox(req, position, stage);
					covered += others.filter((o) => overlaps(obstacleBox(o, stage), box)).length;
					if (misleads(req, position, stage, markers)) misleading++;
				}
				const cost = [covered, misleading];
				if (
					!best ||
					cost[0]! < best.cost[0]! ||
					(cost[0] === best.cost[0] && cost[1]! < best.cost[1]!)
				)
					best = { req, position, span: own, cost };
			}
		}
		if (best) take(best.req, best.position, best.span);
	};
	const handled = new Set<string>();
	for (const req of sorted) {
		if (req.group && handled.has(req.group)) continue;
		if (req.group) handled.add(req.group);
		const choices = req.group ? alternatives.get(req.group)! : [req];
		// Beside its own marker, clear of everything and nearer its own marker than any
		// other, in whichever form fits; a label with no such place is dropped (a name
		// beside the wrong marker misleads). A label the step must show then covers the
		// fewest markers it can; never an inset (the date, the locator, the scale bar) or
		// another label.
		if (choices.some((r) => tryPlace(r, taken, true))) continue;
		if (req.mustShow) placeOverMarkers(choices);
	}
	return result;
}
