/**
 * CSS position of a projected point in the stage square, written against the view
 * transform's custom properties (--k, --tx, --ty, registered as numbers so they
 * animate). Overlays follow the zooming SVG exactly, frame by frame, while their
 * text and markers keep their pixel size. 0.1% = one unit of the 1000-unit frame.
 */
export function framePosition(x: number, y: number): string {
	return (
		`left: calc((var(--tx) + ${x} * var(--k)) * 0.1%);` +
		` top: calc((var(--ty) + ${y} * var(--k)) * 0.1%);`
	);
}
