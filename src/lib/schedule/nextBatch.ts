/**
 * The items of `target` already shown, plus at most `size` items not shown yet,
 * in `target`'s order; `target` itself once nothing more is missing. Items are the
 * same when their keys are (a keyed list updates those in place, cheaply: setting
 * up a new one is what costs).
 */
export function nextBatch<T>(shown: T[], target: T[], key: (item: T) => string, size: number): T[] {
	const have = new Set(shown.map(key));
	let added = 0;
	const out = target.filter((item) => have.has(key(item)) || added++ < size);
	return added <= size ? target : out;
}
