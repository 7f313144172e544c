import type { Claimant, ControlHow, EventType, Localized, PlaceKind } from '$lib/data/types';
import type { MapData, MapEvent, MapPlace } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import type { StepState } from '$story/types';
import { controlOn, type MapController } from './control';
import {
	labelBox,
	labelSize,
	placeLabels,
	type Box,
	type LabelRequest,
	type Obstacle,
	type PlaceOptions,
	type PlacedLabel
} from './labels';
import { formatDate } from '$story/format';
import { toFrame, viewTransform, type ViewTransform } from './views';

/**
 * Everything the map draws for one step, as a pure function of (data, state,
 * locale): the server render and the first client render get the same scene, so
 * hydration changes nothing.
 */

/**
 * Label tiers by stage-square size (px). Labels keep their pixel size while the map
 * grows with the stage, so bigger stages fit more: tier 0 fits the smallest phone
 * (a 320 px screen leaves a square of about 220 px), tier 1 common phones, tier 2
 * desktop. `stages` are the sizes a tier is checked at (see labels.ts); the page
 * shows a tier with a container query on `min`.
 */
export const LABEL_TIERS = [
	{ min: 0, stages: [215, 250, 290] },
	{ min: 330, stages: [330, 380, 450, 520] },
	{ min: 600, stages: [600, 700, 850, 1000] }
] as const;
/** Stage edges the date (top) and the legend (bottom) cover, in px of the stage square. */
const TOP_INSET = 36;
/** Extra room under the date for the 'control before the offensive' note. */
const NOTE_INSET = 30;
const BOTTOM_INSET = 4;
/** The locator inset's box from the top right corner, px. */
const LOCATOR_SIZE = [110, 100] as const;
/**
 * Regions the map already names as an area (the hatched Golan, keyed in the legend),
 * so no second label; a step that names one labels the region itself (short enough
 * for the narrowest stage) instead of the area.
 */
const AREA_LABELLED: ReadonlyMap<string, string> = new Map([
	['golan-heights', 'golan-occupied'],
	['southern-golan-heights', 'golan-occupied']
]);
/** Where a region's label may go, as shares of the square from its point, in order of preference. */
const REGION_SHIFTS: [number, number][] = [
	[0, 0],
	[0, 0.05],
	[0, -0.05],
	[-0.05, 0],
	[0.05, 0],
	[0, 0.1],
	[0.05, 0.08],
	[-0.05, 0.08],
	[0.05, -0.08],
	[-0.05, -0.08],
	[0, 0.15],
	[0.1, 0.1],
	[-0.1, 0.1],
	[0.1, 0.05],
	[0.05, 0.13],
	[0.12, 0.15]
];
/** Convoy arrow lengths to try, px, longest first. */
const ARROW_LENGTHS = [64, 48, 34, 26] as const;

const KIND_RANK: Record<PlaceKind, number> = {
	city: 0,
	crossing: 1,
	town: 2,
	camp: 3,
	village: 4,
	hill: 5,
	base: 5,
	landmark: 6,
	region: 7,
	valley: 7
};

const MARKER_RADIUS: Partial<Record<PlaceKind, number>> = { city: 5, town: 4, crossing: 4 };

/** What a change of control on the step's date is called next to the place ("Nawa · deal"). */
const HOW_WORDS: Record<ControlHow, Localized> = {
	capture: { en: 'taken', fr: 'prise', ar: 'سيطرة' },
	deal: { en: 'deal', fr: 'accord', ar: 'اتفاق' },
	handover: { en: 'handed over', fr: 'remise', ar: 'تسليم' },
	evacuation: { en: 'buses leave', fr: 'départ des bus', ar: 'خروج الحافلات' }
};

const TAKEN_BY_IS: Localized = {
	en: 'taken by IS affiliate',
	fr: 'prise par l’affilié de l’EI',
	ar: 'سيطر عليها فرع التنظيم'
};

/**
 * A change announced by one side only is written as that side's claim, never as fact
 * (S19): who claims it comes from the control row's `claimed_by`.
 */
const CLAIMED_BY: Record<Claimant, Localized> = {
	jkw: {
		en: 'IS affiliate claims capture',
		fr: 'revendiquée par l’affilié à l’EI',
		ar: 'يقول فرع التنظيم إنه سيطر عليها'
	},
	government: {
		en: 'government claims capture',
		fr: 'annoncée par le régime',
		ar: 'تقول الحكومة إنها سيطرت عليها'
	},
	rebels: {
		en: 'rebels claim capture',
		fr: 'revendiquée par les rebelles',
		ar: 'تقول المعارضة إنها سيطرت عليها'
	},
	'pro-government-media': {
		en: 'pro-government media report capture',
		fr: 'annoncée par les médias progouvernementaux',
		ar: 'إعلام موالٍ للحكومة يعلن السيطرة عليها'
	},
	'opposition-media': {
		en: 'opposition media report capture',
		fr: 'annoncée par les médias d’opposition',
		ar: 'إعلام معارض يعلن السيطرة عليها'
	}
};

/**
 * The word shown under an event's place: the change of control it records, when
 * the place changed hands during the event; otherwise what kind of event it is.
 */
function eventWord(
	event: MapEvent,
	placeId: string,
	data: MapData,
	date: string,
	locale: Locale
): string {
	if (event.type === 'evacuation') return EVENT_WORDS.evacuation[locale];
	const end = event.end ?? event.date;
	const change = data.control.find(
		(r) =>
			r.place === placeId &&
			r.how !== null &&
			r.date_changed !== null &&
			r.date_changed >= event.date &&
			r.date_changed <= (end > date ? end : date)
	);
	if (change?.claimed_by) return CLAIMED_BY[change.claimed_by][locale];
	if (change?.controller_after === 'jkw') return TAKEN_BY_IS[locale];
	if (change?.how) return HOW_WORDS[change.how][locale];
	return EVENT_WORDS[event.type][locale];
}

/** Short words for what happened, shown after a place name; empty for kinds a word would not explain. */
const EVENT_WORDS: Record<EventType, Localized> = {
	offensive: { en: 'offensive', fr: 'offensive', ar: 'هجوم' },
	airstrike: { en: 'air strikes', fr: 'frappes', ar: 'غارات' },
	capture: { en: 'taken', fr: 'prise', ar: 'سيطرة' },
	deal: { en: 'deal', fr: 'accord', ar: 'اتفاق' },
	evacuation: { en: 'buses leave', fr: 'départ des bus', ar: 'خروج الحافلات' },
	displacement: { en: 'displaced', fr: 'déplacés', ar: 'نزوح' },
	attack: { en: 'attack', fr: 'attaque', ar: 'هجوم' },
	hostage: { en: 'hostages', fr: 'otages', ar: 'رهائن' },
	border: { en: '', fr: '', ar: '' },
	diplomatic: { en: '', fr: '', ar: '' },
	international: { en: '', fr: '', ar: '' },
	background: { en: '', fr: '', ar: '' }
};

export interface SceneMarker {
	id: string;
	/** Position in the FRAME square under the view transform (for tests; the page animates it). */
	fx: number;
	fy: number;
	x: number;
	y: number;
	radius: number;
	controller: MapController | null;
	disputed: boolean;
	/** Named by the step or one of its events: bold label. */
	highlighted: boolean;
	/** What the step is about (a highlight, or where an event of the step is anchored): ringed. */
	ringed: boolean;
	/** The point is an estimate or derived, not a gazetteer's: drawn with a halo, keyed. */
	approx: boolean;
}

export interface SceneLabel {
	id: string;
	/** The region this label alone draws (no marker), for `data-place`. */
	place?: string;
	/** Anchor in projected units. */
	x: number;
	y: number;
	text: string;
	lines: string[];
	/** Offset of the label box from its anchor, in px. */
	dx: number;
	dy: number;
	width: number;
	height: number;
	/** Font size, px. */
	size: number;
	align: 'left' | 'right' | 'center';
	kind: 'place' | 'event' | 'highlight' | MapAreaKind;
	/** Index in LABEL_TIERS: shown when the stage square is at least that tier's `min` px. */
	tier: number;
}

type MapAreaKind = 'country' | 'governorate' | 'golan' | 'water' | 'road' | 'region';

export interface SceneArrow {
	id: string;
	/** Start in projected units. */
	x: number;
	y: number;
	/** Angle in degrees, clockwise from east (screen). */
	angle: number;
	/** Shaft length, px. */
	length: number;
	text: string;
	/** Centre of the destination text from the start, px. */
	textX: number;
	textY: number;
	/** Label tier it was placed in (see LABEL_TIERS). */
	tier: number;
	/** Shaft and text together, px offsets from the start: what the placer kept clear. */
	box: Box;
}

export interface Scene {
	transform: ViewTransform;
	markers: SceneMarker[];
	labels: SceneLabel[];
	arrows: SceneArrow[];
	/** Colour of every territory cell's place on this date (areas layer). */
	cellControl: Map<string, { controller: MapController; disputed: boolean }>;
	scale: { km: number; share: number };
	showControl: boolean;
	showAreas: boolean;
	showLocator: boolean;
	showM5: boolean;
	/** The step's date is before the documented control (June 2018). */
	beforeOffensive: boolean;
	/** Part of the occupied Golan is on the stage square. */
	golanInView: boolean;
}

/** Before a convoy's destination beside its arrow. */
const TOWARD: Localized = { en: 'to ', fr: 'vers ', ar: 'إلى ' };

const INCLUDING: Localized = { en: 'incl.', fr: 'avec', ar: 'ومنها' };

/**
 * A place's name on the map, with the parts of it the step names ("Daraa (incl.
 * al-Manshiyah)"): a part sits on its whole's point and has no marker of its own.
 */
export function wholeName(place: MapPlace, named: ReadonlySet<string>, locale: Locale): string {
	const parts = (place.parts ?? []).filter((p) => named.has(p.id)).map((p) => p.name[locale]);
	const name = place.name[locale];
	return parts.length
		? `${name} (${INCLUDING[locale]} ${parts.join(locale === 'ar' ? '، ' : ', ')})`
		: name;
}

/** Events the step shows: those whose dates cover the step's date, plus those it names. */
export function eventsOfStep(state: StepState, events: readonly MapEvent[]): MapEvent[] {
	return events.filter(
		(e) =>
			state.highlight.includes(e.id) ||
			(e.type !== 'background' && e.date <= state.date && (e.end ?? e.date) >= state.date)
	);
}

const NICE_KM = [1, 2, 5, 10, 20, 50, 100];

function splitName(text: string, max: number): string[] {
	if (text.length <= max) return [text];
	const words = text.split(' ');
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (line && (line + ' ' + w).length > max) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	return lines;
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
 * A step's map state as a string: two states with the same key draw the same scene
 * (for one edition), so it keys the memo below and the placements shipped with the page.
 */
export function sceneKey(state: StepState): string {
	return [state.view, state.date, state.layers.join(','), state.highlight.join(',')].join('|');
}

/**
 * Where the labels of a scene went, as text: `id position tier` per label, joined
 * by `;`. Placing labels is the one costly part of a scene (every order of the
 * names a step makes, checked over every stage size), so the server places them
 * for each step of an edition and ships the result (see mapLabels); the client
 * then only rebuilds the boxes.
 */
export type LabelPlacement = string;

const POSITIONS: ReadonlySet<string> = new Set(['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's', 'c']);

function encodePlacement(tiered: readonly { label: PlacedLabel; tier: number }[]): LabelPlacement {
	return tiered.map((t) => `${t.label.id} ${t.label.position} ${t.tier}`).join(';');
}

/** The placed labels a placement names, or null when it does not fit these requests. */
function decodePlacement(
	placement: LabelPlacement,
	requests: ReadonlyMap<string, LabelRequest>
): { label: PlacedLabel; tier: number }[] | null {
	if (placement === '') return [];
	const out: { label: PlacedLabel; tier: number }[] = [];
	for (const entry of placement.split(';')) {
		const [id, position, tier] = entry.split(' ');
		if (!id || !requests.has(id) || !position || !POSITIONS.has(position)) return null;
		const t = Number(tier);
		if (!Number.isInteger(t) || t < 0 || t >= LABEL_TIERS.length) return null;
		out.push({ label: { id, position: position as PlacedLabel['position'] }, tier: t });
	}
	return out;
}

interface Memo {
	scenes: Map<string, { scene: Scene; placement: LabelPlacement }>;
	/** One object for each distinct marker, label, arrow or cell colour, by content. */
	parts: Map<string, object>;
}

/** Scenes already drawn, per map data: a step shown again costs nothing. */
const memos = new WeakMap<MapData, Memo>();
const MAX_SCENES = 256;

/**
 * The scene with every part that an earlier scene already had replaced by that
 * earlier object: the page's keyed lists then see the markers, labels and cells a
 * step change leaves alone as unchanged, and update only the others.
 */
function shareParts(scene: Scene, parts: Map<string, object>): Scene {
	const share = <T extends object>(kind: string, part: T): T => {
		const key = `${kind}:${JSON.stringify(part)}`;
		const known = parts.get(key) as T | undefined;
		if (known) return known;
		parts.set(key, part);
		return part;
	};
	const cellControl: Scene['cellControl'] = new Map();
	for (const [id, c] of scene.cellControl) cellControl.set(id, share('cell', c));
	return {
		...scene,
		markers: scene.markers.map((m) => share('marker', m)),
		labels: scene.labels.map((l) => share('label', l)),
		arrows: scene.arrows.map((a) => share('arrow', a)),
		cellControl
	};
}

/**
 * The scene of a step. `placement`, when given, is where the labels went (from
 * labelPlacement for the same data, state and locale: the server ships one per
 * step); without it, or if it does not fit, the labels are placed here. Either way
 * the scene is the same, and it is kept for the next time the step is shown.
 */
export function mapScene(
	data: MapData,
	state: StepState,
	locale: Locale,
	placement?: LabelPlacement
): Scene {
	return memoScene(data, state, locale, placement).scene;
}

/** Where the labels of a step's scene go, to ship with the page (see LabelPlacement). */
export function labelPlacement(data: MapData, state: StepState, locale: Locale): LabelPlacement {
	return memoScene(data, state, locale).placement;
}

function memoScene(
	data: MapData,
	state: StepState,
	locale: Locale,
	placement?: LabelPlacement
): { scene: Scene; placement: LabelPlacement } {
	let memo = memos.get(data);
	if (!memo) memos.set(data, (memo = { scenes: new Map(), parts: new Map() }));
	const key = `${locale}|${sceneKey(state)}`;
	let entry = memo.scenes.get(key);
	if (!entry) {
		const built = buildScene(data, state, locale, placement);
		if (memo.scenes.size >= MAX_SCENES) {
			memo.scenes.clear();
			memo.parts.clear();
		}
		entry = { scene: shareParts(built.scene, memo.parts), placement: built.placement };
		memo.scenes.set(key, entry);
	}
	return entry;
}

function buildScene(
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
	const showLabels = layers.has('labels');
	const showM5 = ['south', 'east-daraa', 'nasib'].includes(state.view);
	const control = controlOn(state.date, data.control);
	const frame = data.frame;

	const stepEvents =
		layers.has('events') || layers.has('arrows') ? eventsOfStep(state, data.events) : [];
	// What the step names: its places, and the places of the events it names (the story
	// highlights an event to point at where it happened, with or without the events layer).
	// A part of a place (a district on its city's point) is drawn as that place, and
	// named in its label when the step or one of its events names it.
	const wholeOf = new Map<string, MapPlace>();
	for (const p of data.places) for (const part of p.parts ?? []) wholeOf.set(part.id, p);
	const namedParts = new Set<string>();
	const named = new Set<string>();
	for (const id of state.highlight) {
		const event = data.events.find((e) => e.id === id);
		for (const part of event?.parts ?? []) namedParts.add(part);
		const whole = wholeOf.get(id);
		if (whole) namedParts.add(id);
		for (const place of event ? event.places : [whole?.id ?? id]) named.add(place);
	}
	for (const e of stepEvents) for (const part of e.parts ?? []) namedParts.add(part);
	// Places the step names must be labelled on every stage, before anything else: those
	// it names directly, and those of a named event of a place or a few (a long list of
	// villages is labelled where there is room).
	const own = new Set(state.highlight.map((id) => wholeOf.get(id)?.id ?? id));
	const direct = new Set(own);
	for (const id of state.highlight) {
		const event = data.events.find((e) => e.id === id);
		if (event && event.places.length <= 3) for (const place of event.places) direct.add(place);
	}
	const highlighted = new Set(named);
	const eventOf = new Map<string, MapEvent>();
	for (const e of stepEvents) {
		for (const id of e.places) highlighted.add(id);
		if (!eventOf.has(e.places[0]!)) eventOf.set(e.places[0]!, e);
	}
	/** Area labels a region the step names replaces. */
	const areaNamed = new Set<string>();
	for (const [place, area] of AREA_LABELLED) if (direct.has(place)) areaNamed.add(area);

	const inFrame = ([x, y]: [number, number], slack: number) =>
		x >= -slack && x <= frame + slack && y >= -slack && y <= frame + slack;

	// Markers: every located settlement near the view (wide stages show beyond the square).
	const markers: SceneMarker[] = [];
	const placeById = new Map<string, MapPlace>(data.places.map((p) => [p.id, p]));
	// One marker per spot: placeholder points share a coordinate (Sijneh sits on Daraa
	// al-Balad); the place the step is about, else the more important kind, keeps it.
	// Places the step names keep their own marker even on a shared spot (the Omari
	// mosque stands in Daraa al-Balad): the reader is told about both.
	const rank = (p: MapPlace) => (highlighted.has(p.id) ? 0 : 10) + KIND_RANK[p.kind];
	const bySpot = new Map<string, MapPlace>();
	const ownSpot: MapPlace[] = [];
	for (const p of data.places) {
		if (!p.marked) continue;
		if (named.has(p.id)) {
			ownSpot.push(p);
			continue;
		}
		const spot = `${Math.round(p.x)},${Math.round(p.y)}`;
		const other = bySpot.get(spot);
		if (!other || rank(p) < rank(other)) bySpot.set(spot, p);
	}
	const taken = new Set(ownSpot.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
	const spots = [...bySpot.entries()]
		.filter(([spot, p]) => !taken.has(spot) || highlighted.has(p.id))
		.map(([, p]) => p);
	// Drawn last, so the named places' markers sit on top.
	for (const p of [...spots, ...ownSpot]) {
		const [fx, fy] = toFrame([p.x, p.y], transform);
		if (!inFrame([fx, fy], frame * 0.45)) continue;
		const c = showControl ? control.get(p.id) : undefined;
		markers.push({
			id: p.id,
			fx,
			fy,
			x: p.x,
			y: p.y,
			radius: MARKER_RADIUS[p.kind] ?? 3.5,
			controller: c?.controller ?? null,
			disputed: c?.disputed ?? false,
			highlighted: highlighted.has(p.id),
			ringed: named.has(p.id) || eventOf.has(p.id),
			approx: p.approx
		});
	}

	// Labels: anchors in the unit square, sizes in px (see labels.ts).
	const requests: LabelRequest[] = [];
	const arrowCandidates = new Map<string, SceneArrow>();
	/** The place of each label request whose id is not the place's own (alternatives). */
	const placeOfAlternative = new Map<string, string>();
	for (const m of markers) {
		const place = placeById.get(m.id)!;
		if (!showLabels && !m.highlighted) continue;
		const event = eventOf.get(m.id);
		const word = event ? eventWord(event, m.id, data, state.date, locale) : '';
		const name = wholeName(place, namedParts, locale);
		const text = word ? `${name} · ${word}` : name;
		const request: LabelRequest = {
			id: m.id,
			x: m.fx / frame,
			y: m.fy / frame,
			text,
			// Long names and event words wrap, so a label fits the narrowest phone stage.
			lines: word
				? [...splitName(name, 16), ...splitName(word, 16)]
				: text.length > 16
					? splitName(text, 16)
					: undefined,
			mustShow: m.ringed,
			priority:
				(direct.has(m.id) ? -10 : event ? 0 : m.highlighted ? 10 : 20) + KIND_RANK[place.kind],
			size: m.highlighted ? 13 : 12,
			bold: m.highlighted,
			radius: m.radius
		};
		if (request.lines || !text.includes(' ')) {
			requests.push(request);
			continue;
		}
		// A short name of several words may also be broken over lines: narrower, it fits on
		// the free side of a marker in a cluster, where on one line it would sit by another.
		const wrapped = `${m.id}@2`;
		placeOfAlternative.set(wrapped, m.id);
		requests.push(
			{ ...request, group: `place:${m.id}` },
			{
				...request,
				id: wrapped,
				group: `place:${m.id}`,
				marker: m.id,
				lines: splitName(text, Math.ceil(text.length / 2)),
				priority: request.priority + 0.001
			}
		);
	}
	// Regions and valleys the step names: a centred italic label, no marker.
	for (const p of data.places) {
		if (p.marked || !highlighted.has(p.id)) continue;
		if (AREA_LABELLED.has(p.id) && !direct.has(p.id)) continue;
		const [fx, fy] = toFrame([p.x, p.y], transform);
		if (!inFrame([fx, fy], 0)) continue;
		const lines = splitName(p.name[locale], AREA_LABELLED.has(p.id) ? 8 : 16);
		// A region's point is only its middle: the label may sit a little off it (first
		// that fits) when the middle is under the date or near an edge.
		REGION_SHIFTS.forEach(([sx, sy], i) => {
			const id = i === 0 ? p.id : `${p.id}@${i}`;
			placeOfAlternative.set(id, p.id);
			requests.push({
				id,
				group: `region:${p.id}`,
				x: fx / frame + sx,
				y: fy / frame + sy,
				text: p.name[locale],
				lines,
				priority: (direct.has(p.id) ? -12 : 5) + i * 0.01,
				mustShow: direct.has(p.id),
				size: 12,
				radius: 0
			});
		});
	}
	for (const a of data.areaLabels) {
		if (!showLabels || areaNamed.has(a.id)) continue;
		if (a.kind === 'road' && !showM5) continue;
		const upper = a.kind === 'country' || a.kind === 'governorate';
		const text = upper ? a.name[locale].toUpperCase() : a.name[locale];
		a.at.forEach((at, i) => {
			const [fx, fy] = toFrame(at, transform);
			if (!inFrame([fx, fy], -40)) return;
			requests.push({
				id: `area:${a.id}:${i}`,
				group: a.id,
				x: fx / frame,
				y: fy / frame,
				text,
				lines: splitName(text, a.kind === 'golan' ? 14 : 18),
				// The Golan's status is part of the story: it is labelled before any town.
				priority:
					(a.kind === 'golan' ? 1 : a.kind === 'country' ? 30 : a.kind === 'road' ? 45 : 40) +
					i * 0.01,
				size: a.kind === 'water' || a.kind === 'road' ? 11 : 12,
				bold: a.kind !== 'water' && a.kind !== 'road',
				radius: 0
			});
		});
	}
	// Convoys: an arrow from where the buses left toward their destination off the map,
	// placed with the labels (shaft and text as one box), shorter if the long one does not fit.
	for (const e of stepEvents) {
		if (!e.to) continue;
		const from = placeById.get(e.places[0]!)!;
		const [fx, fy] = toFrame([from.x, from.y], transform);
		if (!inFrame([fx, fy], 0)) continue;
		const text = TOWARD[locale] + e.to.name[locale];
		const { width: w, height: h } = labelSize({ text, size: 12, bold: true });
		const { dx, dy } = e.to;
		// The destination goes beyond the tip, else beside the shaft on either side.
		const variants = ARROW_LENGTHS.flatMap((length) =>
			(['tip', 'right', 'left'] as const).map((side) => {
				if (side === 'tip') {
					return {
						length,
						side,
						tx: dx * (length + 6) + (dx * w) / 2,
						ty: dy * (length + 6) + (dy * h) / 2
					};
				}
				const [px, py] = side === 'right' ? [-dy, dx] : [dy, -dx];
				const off = 6 + Math.abs(px) * (w / 2) + Math.abs(py) * (h / 2);
				return {
					length,
					side,
					tx: dx * length * 0.55 + px * off,
					ty: dy * length * 0.55 + py * off
				};
			})
		);
		variants.forEach(({ length, side, tx, ty }, i) => {
			const ex = dx * length;
			const ey = dy * length;
			const box: Box = {
				x0: Math.min(0, ex, tx - w / 2) - 4,
				y0: Math.min(0, ey, ty - h / 2) - 4,
				x1: Math.max(0, ex, tx + w / 2) + 4,
				y1: Math.max(0, ey, ty + h / 2) + 4
			};
			const id = `arrow:${e.id}:${length}:${side}`;
			requests.push({
				id,
				group: `arrow:${e.id}`,
				x: fx / frame,
				y: fy / frame,
				text,
				priority: -1 + i / 1000,
				size: 12,
				bold: true,
				radius: 0,
				mustShow: true,
				box
			});
			arrowCandidates.set(id, {
				id: e.id,
				x: from.x,
				y: from.y,
				angle: (Math.atan2(dy, dx) * 180) / Math.PI,
				length,
				text,
				textX: tx,
				textY: ty,
				tier: 0,
				box
			});
		});
	}
	const obstacles: Obstacle[] = markers.map((m) => ({
		id: m.id,
		x: m.fx / frame,
		y: m.fy / frame,
		radius: m.radius
	}));
	const showLocator = layers.has('locator');
	const beforeOffensive = state.date < '2018-06-19';
	// The date covers only the top left corner; the note under it, when shown, spans the top.
	const withNote = showControl && beforeOffensive;
	const dateWidth = 8 + 14 + formatDate(state.date, locale).length * 16 * 0.62;
	const bounds = (stage: number): Box => ({
		x0: 2,
		y0: withNote ? TOP_INSET + NOTE_INSET : 2,
		x1: stage - 2,
		y1: stage - BOTTOM_INSET
	});
	const reserved = (stage: number): Box[] => [
		{ x0: 0, y0: 0, x1: dateWidth, y1: TOP_INSET },
		// The scale bar (bottom right) and the locator inset (top right) sit over the
		// square's corners on a narrow stage.
		{ x0: stage * 0.78, y0: stage - 26, x1: stage, y1: stage },
		...(showLocator ? [{ x0: stage - LOCATOR_SIZE[0], y0: 0, x1: stage, y1: LOCATOR_SIZE[1] }] : [])
	];
	// Tier by tier: each tier's labels are shown from its size up, so they are checked at
	// every size from there to the widest, clear of the tiers placed before them.
	const byId = new Map(requests.map((r) => [r.id, r]));
	// The places the step names itself first, then those of the events it names.
	const placeOf = (r: LabelRequest) => placeOfAlternative.get(r.id) ?? r.id;
	const shipped = placement === undefined ? null : decodePlacement(placement, byId);
	const tiered: { label: PlacedLabel; tier: number }[] = shipped ?? [];
	const placedSoFar = () =>
		tiered.map((t) => ({ request: byId.get(t.label.id)!, position: t.label.position }));
	if (!shipped) {
		for (const wanted of [(id: string) => own.has(id), (id: string) => !own.has(id)]) {
			const placed = placeNamed(
				requests.filter((r) => direct.has(placeOf(r)) && wanted(placeOf(r))),
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
		LABEL_TIERS.forEach((_, tier) => {
			const done = new Set(tiered.map((t) => t.label.id));
			const groups = new Set(tiered.map((t) => byId.get(t.label.id)!.group).filter(Boolean));
			const placed = placeLabels(
				requests.filter((r) => !done.has(r.id) && !(r.group && groups.has(r.group))),
				{
					stages: LABEL_TIERS.slice(tier).flatMap((t) => t.stages),
					bounds,
					obstacles,
					reserved,
					placed: placedSoFar()
				}
			);
			for (const label of placed) tiered.push({ label, tier });
		});
	}

	const toSceneLabel = (l: PlacedLabel, tier: number): SceneLabel => {
		const r = byId.get(l.id)!;
		// Offsets do not depend on the stage size: measure them on any.
		const box = labelBox(r, l.position, 1000);
		const area = r.group ? data.areaLabels.find((a) => a.id === r.group) : undefined;
		const placeId = placeOfAlternative.get(r.id) ?? r.id;
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
				: eventOf.has(placeId)
					? 'event'
					: highlighted.has(placeId)
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
		golanInView: (() => {
			const [x0, y0] = toFrame([data.golanBox[0], data.golanBox[1]], transform);
			const [x1, y1] = toFrame([data.golanBox[2], data.golanBox[3]], transform);
			return x1 > 0 && x0 < frame && y1 > 0 && y0 < frame;
		})()
	};
	return { scene, placement: encodePlacement(tiered) };
}
