import type { ViewTransform } from './views';

/**
 * Applies a view transform (and a scale to pixels) to the coordinates of a path
 * drawn by d3-geo or the Voronoi cutter. The page zooms paths with an SVG
 * transform and keeps strokes thin with `vector-effect: non-scaling-stroke`; the
 * card rasteriser ignores that property, so the card moves the points instead and
 * draws at scale 1. Only absolute M/L/Z paths are accepted: anything else throws
 * rather than drawing a silently wrong map.
 */
const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const POINT = new RegExp(String.raw`([ML])\s*(${NUMBER})[\s,]\s*(${NUMBER})`, 'g');

export function transformPath(d: string, t: ViewTransform, pxPerUnit = 1, digits = 1): string {
	if (/[^MLZ\d\s,.eE+-]/.test(d)) {
		throw new Error(`transformPath: only absolute M, L and Z commands are supported`);
	}
	const round = (v: number) => String(Number(v.toFixed(digits)));
	return d.replace(
		POINT,
		(_, command: string, x: string, y: string) =>
			`${command}${round((Number(x) * t.k + t.tx) * pxPerUnit)},${round((Number(y) * t.k + t.ty) * pxPerUnit)}`
	);
}
