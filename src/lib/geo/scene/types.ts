import type { MapController } from '../control';
import type { Box } from '../labels';
import type { ViewTransform } from '../views';

/** What the map draws for one step (see mapScene). */

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

type MapAreaKind = 'country' | 'governorate' | 'golan' | 'water' | 'road' | 'region';

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
