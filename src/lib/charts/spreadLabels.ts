/**
 * Baselines for labels set beside nearby marks: each keeps its own y where it can, and a
 * label closer than `gap` to the one below it is lifted. Upwards, because below a chart's
 * marks sit its running line and its axis labels. Pure, so a chart's labels sit in the
 * same place at build and in the browser.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => b.y - a.y || a.i - b.i);
	const out = new Array<number>(ys.length);
	let below = Infinity;
	for (const { y, i } of order) {
		below = Math.min(y, below - gap);
		out[i] = below;
	}
	return out;
}
