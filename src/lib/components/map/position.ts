/**
 * CSS position of a projected point in the overlay plane (MapGraphic's `.plane`):
 * a box the view transform scales and moves over the stage square, as the SVG
 * group is. A point at x projected units sits x / FRAME of the way across it, so
 * overlays follow the zooming SVG exactly, frame by frame, while their text and
 * markers keep their pixel size; and their own style never changes during a zoom
 * (only the plane's does). 0.1% = one unit of the 1000-unit frame.
 */
export function framePosition(x: number, y: number): string {
	return `left: ${x * 0.1}%; top: ${y * 0.1}%;`;
}
