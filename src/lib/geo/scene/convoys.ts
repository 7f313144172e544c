import type { MapData, MapEvent } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import { labelSize, type Box, type LabelRequest } from '../labels';
import { toFrame, type ViewTransform } from '../views';
import { inFrame } from './markers';
import { TOWARD } from './words';
import type { SceneArrow } from './types';

/** Convoy arrow lengths to try, px, longest first. */
const ARROW_LENGTHS = [64, 48, 34, 26] as const;

/**
 * Convoys: an arrow from where the buses left toward their destination off the map,
 * placed with the labels (shaft and text as one box), shorter if the long one does not
 * fit. Each variant is a label request; `arrows` gets the arrow each one would draw.
 */
export function convoyRequests(
	data: MapData,
	events: readonly MapEvent[],
	locale: Locale,
	transform: ViewTransform,
	arrows: Map<string, SceneArrow>
): LabelRequest[] {
	const { frame } = data;
	const requests: LabelRequest[] = [];
	for (const e of events) {
		if (!e.to) continue;
		const from = data.places.find((p) => p.id === e.places[0])!;
		const [fx, fy] = toFrame([from.x, from.y], transform);
		if (!inFrame([fx, fy], frame, 0)) continue;
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
			arrows.set(id, {
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
	return requests;
}
