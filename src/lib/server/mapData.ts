import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type {
	Feature,
	Geometry,
	MultiPolygon as GeoMultiPolygon,
	Polygon as GeoPolygon
} from 'geojson';
import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import southJson from '../../../data/geo/south-syria-simplified.topo.json';
import locatorJson from '../../../data/geo/locator.topo.json';
import type { Bundle, EventType, Localized, PlaceKind } from '$lib/data/types';
import type { ControlRow } from '$geo/control';
import { CROP, FRAME, kmPerUnit, southProjection } from '$geo/projection';
import { VIEW_BOUNDS, type Rect } from '$geo/views';
import { territoryCells, type TerritoryCell } from '$geo/voronoi';
import { VIEWS, type ViewId } from '$story/registry';
import type { MapData } from '$lib/wire';

const south = southJson as unknown as Topology;
const locator = locatorJson as unknown as Topology;

/** Where geography labels sit (lon, lat): hand-placed in open space, not place coordinates. */
const AREA_LABELS: {
	id: string;
	/** Anchors in order of preference: a label takes the first one that is clear. */
	at: [number, number][];
	kind: AreaLabel['kind'];
	name?: Localized;
}[] = [
	{
		id: 'jordan',
		at: [
			[36.3, 32.36],
			[35.9, 32.52],
			[36.65, 32.42],
			[36.12, 32.5]
		],
		kind: 'country'
	},
	{
		id: 'israel',
		at: [
			[35.42, 32.62],
			[35.47, 33.0],
			[35.5, 32.75]
		],
		kind: 'country'
	},
	{
		id: 'lebanon',
		at: [
			[35.72, 33.7],
			[35.65, 33.46]
		],
		kind: 'country'
	},
	{ id: 'daraa', at: [[36.22, 32.92]], kind: 'governorate' },
	{
		id: 'quneitra',
		at: [
			[35.93, 33.2],
			[35.97, 33.27],
			[35.9, 33.0]
		],
		kind: 'governorate'
	},
	{ id: 'sweida', at: [[36.72, 32.63]], kind: 'governorate' },
	{ id: 'rif-dimashq', at: [[36.6, 33.33]], kind: 'governorate' },
	{
		id: 'golan-occupied',
		at: [
			[35.74, 32.98],
			[35.7, 33.1],
			[35.7, 32.85],
			[35.76, 33.2],
			[35.72, 32.78]
		],
		kind: 'golan'
	},
	{
		id: 'sea-of-galilee',
		at: [
			[35.585, 32.81],
			[35.6, 32.7]
		],
		kind: 'water',
		name: { en: 'Lake Tiberias', fr: 'lac de Tibériade', ar: 'بحيرة طبريا' }
	},
	// Beside the schematic M5 (drawn on overview views only), east of the line.
	{
		id: 'm5',
		at: [
			[36.3, 33.27],
			[36.25, 32.9]
		],
		kind: 'road',
		name: { en: 'M5 highway', fr: 'autoroute M5', ar: 'طريق M5' }
	},
	{
		id: 'yarmouk-river',
		at: [[35.8, 32.712]],
		kind: 'water',
		name: { en: 'Yarmouk', fr: 'Yarmouk', ar: 'اليرموك' }
	}
];

/** Where convoys with no destination in the data are shown heading. */
const NORTH: Localized = { en: 'the north', fr: 'le nord', ar: 'الشمال' };

/** Wire-service wording for the occupied Golan. */
const GOLAN_NAME: Localized = {
	en: 'Israeli-occupied Golan Heights',
	fr: 'Golan occupé par Israël',
	ar: 'الجولان الذي تحتله إسرائيل'
};

/** Regions and valleys get only a label; every other kind, settlement-like, a marker. */
const LABEL_ONLY_KINDS: ReadonlySet<PlaceKind> = new Set(['region', 'valley']);

/** Territory cells reach at most this far from their settlement (km). */
const CELL_RADIUS_KM = 7;

export interface MapPlace {
	id: string;
	x: number;
	y: number;
	kind: PlaceKind;
	name: Localized;
	/** Drawn as a point; false for regions and valleys (label only). */
	marked: boolean;
	/** The point is our estimate or a derived point, not a gazetteer's (drawn apart, keyed "approximate location"). */
	approx: boolean;
	/** Places drawn as parts of this one (districts of a city): no marker of their own. */
	parts?: { id: string; name: Localized }[];
}

export interface AreaLabel {
	id: string;
	/** Projected anchors, in order of preference. */
	at: [number, number][];
	kind: 'country' | 'governorate' | 'golan' | 'water' | 'road';
	name: Localized;
}

export interface MapEvent {
	id: string;
	date: string;
	end: string | null;
	type: EventType;
	/** Located places on the map, in the event's order (a part of a place as that place). */
	places: string[];
	/** Parts of places (see MapPlace.parts) the event names, to name with their whole. */
	parts?: string[];
	/** For movements off the map (buses to Idlib): where to, and the unit direction on screen. */
	to: { name: Localized; dx: number; dy: number } | null;
}

export interface MapView {
	rect: Rect;
	/** Kilometres per projected unit at the view's centre, for the scale bar. */
	km: number;
}

export interface BaseLayers {
	/** Syria (de jure, as OCHA) and its neighbours. */
	syria: string;
	neighbours: string;
	/** Borders between governorates. */
	governorates: string;
	/** Syria's international borders except the one with Jordan. */
	borders: string;
	jordanBorder: string;
	golan: string;
	ceasefire: string;
	rivers: string;
	streams: string;
	lakes: string;
	/** Schematic M5 (hand-drawn, error up to 2 km): overview views only. */
	m5: string;
}

export interface LocatorData {
	width: number;
	height: number;
	neighbours: string;
	syria: string;
	/** The south view's box. */
	box: string;
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}

function collection(topology: Topology, name: string): GeometryCollection {
	return topology.objects[name] as GeometryCollection;
}

function features(topology: Topology, name: string): Feature<Geometry, Record<string, unknown>>[] {
	const fc = feature(topology, collection(topology, name));
	return 'features' in fc ? (fc.features as Feature<Geometry, Record<string, unknown>>[]) : [fc];
}

/** Projects polygon features to planar multipolygons for clipping. */
function projectPolygons(fs: Feature<Geometry>[], projection: GeoProjection): MultiPolygon {
	const out: MultiPolygon = [];
	for (const f of fs) {
		const g = f.geometry as GeoPolygon | GeoMultiPolygon;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const polygon of polygons) {
			out.push(
				polygon.map((ring) =>
					ring.map((p) => projection(p as [number, number]) as [number, number])
				)
			);
		}
	}
	return out;
}

function baseLayers(projection: GeoProjection): BaseLayers {
	const path = geoPath(projection).digits(1);
	const countries = collection(south, 'countries');
	const iso = (g: { properties?: unknown }) => (g.properties as { iso3: string }).iso3;
	const countryFeatures = features(south, 'countries');
	const rivers = features(south, 'rivers');
	const riverPath = (kind: string) =>
		path({
			type: 'FeatureCollection',
			features: rivers.filter((f) => f.properties.kind === kind)
		}) ?? '';
	return {
		syria:
			path({
				type: 'FeatureCollection',
				features: countryFeatures.filter((f) => f.properties.iso3 === 'SYR')
			}) ?? '',
		neighbours:
			path({
				type: 'FeatureCollection',
				features: countryFeatures.filter((f) => f.properties.iso3 !== 'SYR')
			}) ?? '',
		governorates: path(mesh(south, collection(south, 'adm1'), (a, b) => a !== b)) ?? '',
		borders:
			path(
				mesh(south, countries, (a, b) => {
					const pair = [iso(a), iso(b)];
					return a !== b && pair.includes('SYR') && !pair.includes('JOR');
				})
			) ?? '',
		jordanBorder:
			path(
				mesh(south, countries, (a, b) => {
					const pair = [iso(a), iso(b)].sort().join();
					return pair === 'JOR,SYR';
				})
			) ?? '',
		golan: path({ type: 'FeatureCollection', features: features(south, 'golan') }) ?? '',
		ceasefire: path({ type: 'FeatureCollection', features: features(south, 'ceasefire') }) ?? '',
		rivers: riverPath('permanent'),
		streams: riverPath('intermittent'),
		lakes: path({ type: 'FeatureCollection', features: features(south, 'lakes') }) ?? '',
		m5: path({ type: 'FeatureCollection', features: features(south, 'roads') }) ?? ''
	};
}

/** Land where territory can be drawn: Daraa, Quneitra and Sweida, without the occupied Golan. */
function southernLand(projection: GeoProjection): MultiPolygon {
	const adm1 = features(south, 'adm1').filter((f) =>
		['daraa', 'quneitra', 'sweida'].includes(f.properties.id as string)
	);
	const land = polygonClipping.union(projectPolygons(adm1, projection));
	return polygonClipping.difference(land, projectPolygons(features(south, 'golan'), projection));
}

function locatorData(): LocatorData {
	const width = 120;
	const height = 110;
	const syria = features(locator, 'syria');
	const projection = geoMercator().fitExtent(
		[
			[6, 6],
			[width - 6, height - 6]
		],
		{ type: 'FeatureCollection', features: syria }
	);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	const path = geoPath(projection).digits(0);
	const [w, s, e, n] = VIEW_BOUNDS.south;
	const corners = [
		projection([w, n])!,
		projection([e, n])!,
		projection([e, s])!,
		projection([w, s])!
	].map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`);
	return {
		width,
		height,
		neighbours:
			path({ type: 'FeatureCollection', features: features(locator, 'neighbours') }) ?? '',
		syria: path({ type: 'FeatureCollection', features: syria }) ?? '',
		box: `M${corners.join('L')}Z`
	};
}

function isInCrop(lon: number, lat: number): boolean {
	return lon >= CROP[0][0] && lon <= CROP[1][0] && lat >= CROP[0][1] && lat <= CROP[1][1];
}

function compute(bundle: Bundle): MapData {
	const projection = southProjection();
	const { places, control, events } = bundle.dataset;
	const byId = new Map(places.map((p) => [p.id, p]));

	const mapPlaces: MapPlace[] = [];
	for (const p of places) {
		// Never a guessed coordinate: a place without one stays off the map.
		if (p.lon === null || p.lat === null || p.off_map || !isInCrop(p.lon, p.lat)) continue;
		// A part (a district on its city's point) is drawn with its whole, not as a marker on it.
		if (p.part_of) continue;
		const [x, y] = projection([p.lon, p.lat])!;
		const parts = places
			.filter((q) => q.part_of === p.id && q.lon !== null)
			.map((q) => ({ id: q.id, name: q.name }));
		mapPlaces.push({
			id: p.id,
			x: round(x),
			y: round(y),
			kind: p.kind,
			name: p.name,
			marked: !LABEL_ONLY_KINDS.has(p.kind),
			approx: p.confidence === 'approx',
			...(parts.length ? { parts } : {})
		});
	}
	const onMap = new Map(mapPlaces.map((p) => [p.id, p]));
	/** A place's id on the map: a part is shown as its whole. */
	const mapId = (id: string) => {
		const part = byId.get(id)?.part_of;
		return part && onMap.has(part) ? part : id;
	};

	const controlRows: ControlRow[] = control
		.filter((r) => onMap.has(r.place))
		.map((r) => ({
			place: r.place,
			controller_before: r.controller_before,
			date_changed: r.date_changed,
			controller_after: r.controller_after,
			how: r.how,
			date_confidence: r.date_confidence,
			alt_dates: r.alt_dates,
			claimed_by: r.claimed_by
		}));

	const controlled = new Set(controlRows.map((r) => r.place));
	const seeds = mapPlaces.filter((p) => controlled.has(p.id) && p.kind !== 'valley');
	const centreLat = (VIEW_BOUNDS.south[1] + VIEW_BOUNDS.south[3]) / 2;
	const cells: TerritoryCell[] = territoryCells(
		seeds,
		southernLand(projection),
		CELL_RADIUS_KM / kmPerUnit(projection, centreLat)
	);

	const mapEvents: MapEvent[] = [];
	for (const e of events) {
		// Places a part stands for (its whole), once each.
		const located = [...new Set(e.places.map(mapId))].filter((id) => onMap.has(id));
		if (located.length === 0) continue;
		let to: MapEvent['to'] = null;
		// Convoys without a named destination went north (to Idlib or the north-west) in 2018.
		if (e.type === 'evacuation') to = { name: NORTH, dx: 0, dy: -1 };
		if (e.type === 'evacuation') {
			const destination = e.places
				.map((id) => byId.get(id)!)
				.find((p) => p.off_map && p.lon !== null && p.lat !== null);
			if (destination) {
				const from = onMap.get(located[0]!)!;
				const [x, y] = projection([destination.lon!, destination.lat!])!;
				const length = Math.hypot(x - from.x, y - from.y) || 1;
				to = {
					name: destination.name,
					dx: round(((x - from.x) / length) * 100) / 100,
					dy: round(((y - from.y) / length) * 100) / 100
				};
			}
		}
		const parts = e.places.filter((id) => mapId(id) !== id);
		mapEvents.push({
			id: e.id,
			date: e.date,
			end: e.date_end,
			type: e.type,
			places: located,
			...(parts.length ? { parts } : {}),
			to
		});
	}

	const views = {} as Record<ViewId, MapView>;
	for (const id of VIEWS) {
		const [w, s, e, n] = VIEW_BOUNDS[id];
		const [x0, y1] = projection([w, s])!;
		const [x1, y0] = projection([e, n])!;
		views[id] = {
			rect: [round(x0), round(y0), round(x1), round(y1)],
			km: Math.round(kmPerUnit(projection, (s + n) / 2) * 1e4) / 1e4
		};
	}

	const areaNames = new Map<string, Localized>();
	for (const f of [...features(south, 'countries'), ...features(south, 'adm1')]) {
		const props = f.properties as {
			iso3?: string;
			id?: string;
			name_en: string;
			name_fr: string;
			name_ar: string;
		};
		const id =
			props.id ??
			(props.iso3 === 'JOR'
				? 'jordan'
				: props.iso3 === 'ISR'
					? 'israel'
					: props.iso3 === 'LBN'
						? 'lebanon'
						: props.iso3);
		if (id) areaNames.set(id, { en: props.name_en, fr: props.name_fr, ar: props.name_ar });
	}
	areaNames.set('golan-occupied', GOLAN_NAME);
	const areaLabels: AreaLabel[] = AREA_LABELS.map((a) => ({
		id: a.id,
		at: a.at.map((at) => {
			const [x, y] = projection(at)!;
			return [round(x), round(y)] as [number, number];
		}),
		kind: a.kind,
		name: a.name ?? areaNames.get(a.id)!
	}));

	const golanBounds = geoPath(projection).bounds({
		type: 'FeatureCollection',
		features: features(south, 'golan')
	});

	return {
		frame: FRAME,
		/** Projected bounding box of the occupied Golan, to key it in the legend when it shows. */
		golanBox: golanBounds.flat().map(round) as Rect,
		views,
		base: baseLayers(projection),
		cells,
		places: mapPlaces,
		areaLabels,
		control: controlRows,
		events: mapEvents,
		locator: locatorData()
	};
}

export type { MapData };

let cached: { bundle: Bundle; data: MapData } | null = null;

/**
 * What the map needs on the client: geometry projected once (path strings in a
 * 1000-unit square), located places, control rows and events. Serialized into
 * every page, so it stays small (budget checked by tests/unit/geo/budget.test.ts).
 */
export function mapData(bundle: Bundle): MapData {
	if (cached?.bundle !== bundle) cached = { bundle, data: compute(bundle) };
	return cached.data;
}
