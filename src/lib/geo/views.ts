import type { ViewId } from '$story/registry';
import { FRAME } from './projection';

/** [west, south, east, north] in degrees. */
export type GeoBounds = [number, number, number, number];
/** [x0, y0, x1, y1] in projected units (0..FRAME). */
export type Rect = [number, number, number, number];

/**
 * The extents the story text can ask for, in degrees so an editor can check them
 * on any map. Each is framed whole inside the central square of the stage, so a
 * wider or taller stage shows more around it, never less.
 */
export const VIEW_BOUNDS: Record<ViewId, GeoBounds> = {
	// Damascus to the Jordanian border, the Golan line to Sweida.
	south: [35.55, 32.42, 37.0, 33.56],
	// Daraa city to al-Lajat and Busra al-Sham.
	'east-daraa': [36.03, 32.48, 36.56, 33.08],
	'daraa-city': [36.03, 32.565, 36.18, 32.67],
	// The border from the Yarmouk to Busra al-Sham, with the Nasib and Ramtha crossings.
	nasib: [35.94, 32.47, 36.36, 32.74],
	// Quneitra province and the ceasefire line.
	quneitra: [35.62, 32.84, 36.08, 33.3],
	// The Khalid ibn al-Walid Army's pocket between the Golan and the Jordanian border.
	yarmouk: [35.74, 32.68, 36.06, 32.97],
	// Sweida and the desert to its east.
	sweida: [36.45, 32.55, 37.3, 33.2]
};

/** The zoom that frames a view: screen = k · projected + (tx, ty), in FRAME units. */
export interface ViewTransform {
	k: number;
	tx: number;
	ty: number;
}

/**
 * Fits `rect` (projected units) inside the FRAME square with a margin on each side
 * (a share of FRAME). The stage shows that square whole (SVG `meet`), so this is
 * the same on the server, on the first client render and at any stage size.
 */
export function viewTransform(rect: Rect, margin = 0.06, frame = FRAME): ViewTransform {
	const [x0, y0, x1, y1] = rect;
	const inner = frame * (1 - 2 * margin);
	const k = Math.min(inner / Math.max(x1 - x0, 1e-9), inner / Math.max(y1 - y0, 1e-9));
	return { k, tx: frame / 2 - (k * (x0 + x1)) / 2, ty: frame / 2 - (k * (y0 + y1)) / 2 };
}

/** Where a projected point lands in the FRAME square under a view transform. */
export function toFrame(point: [number, number], t: ViewTransform): [number, number] {
	return [point[0] * t.k + t.tx, point[1] * t.k + t.ty];
}

/** Whether a projected point falls inside a projected rectangle. */
export function rectContains(rect: Rect, [x, y]: [number, number]): boolean {
	return x >= rect[0] && x <= rect[2] && y >= rect[1] && y <= rect[3];
}
