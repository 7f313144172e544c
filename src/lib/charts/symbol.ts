/** The mark shapes charts and their legends share (see Symbol.svelte). */
export type SymbolShape = 'circle' | 'ring' | 'diamond' | 'open-diamond' | 'square' | 'triangle';

/** A shape centred on (x, y), r its half width, as one path. */
export function symbolPath(shape: SymbolShape, x: number, y: number, r: number): string {
	const circle = (c: number) =>
		`M${x - c},${y}a${c},${c} 0 1,0 ${2 * c},0a${c},${c} 0 1,0 ${-2 * c},0Z`;
	if (shape === 'circle') return circle(r);
	if (shape === 'ring') return circle(r - 0.75);
	if (shape === 'diamond' || shape === 'open-diamond') {
		const k = r * 1.25;
		return `M${x},${y - k}L${x + k},${y}L${x},${y + k}L${x - k},${y}Z`;
	}
	if (shape === 'square') return `M${x - r},${y - r}h${r * 2}v${r * 2}h${-r * 2}Z`;
	return `M${x},${y - r * 1.2}L${x + r * 1.15},${y + r * 0.9}L${x - r * 1.15},${y + r * 0.9}Z`;
}

/** Fill and edge: open shapes are white with a coloured edge; circles and diamonds have a white edge. */
export function symbolPaint(
	shape: SymbolShape,
	colour: string
): { fill: string; stroke: string | undefined; strokeWidth: number | undefined } {
	const open = shape === 'ring' || shape === 'open-diamond';
	const edged = open || shape === 'circle' || shape === 'diamond';
	return {
		fill: open ? '#fff' : colour,
		stroke: edged ? (open ? colour : '#fff') : undefined,
		strokeWidth: edged ? (open ? 1.5 : 0.8) : undefined
	};
}
