import { untrack } from 'svelte';
import { nextBatch } from './nextBatch';

/**
 * A value that follows `read()` one task later: the first value is taken at once
 * (so a prerender, hydration or deep link draws it in the same render), and each
 * change after that lands in a task of its own. Parts of the graphic that cost a
 * lot to set up are drawn this way, so one step change is several short tasks
 * rather than one long one; the last value is always the one drawn. Call it while
 * a component is set up (it owns an effect).
 */
export function nextTask<T>(
	read: () => T,
	same: (a: T, b: T) => boolean = Object.is
): { readonly current: T } {
	let value = $state.raw(untrack(read));
	$effect(() => {
		const next = read();
		if (untrack(() => same(value, next))) return;
		const handle = setTimeout(() => (value = next));
		return () => clearTimeout(handle);
	});
	return {
		get current() {
			return value;
		}
	};
}

/**
 * Like nextTask, for a keyed list: after the first render, each task adds at most
 * `size` new items (and updates or drops the others), until the list is `read()`.
 * A move to a wider map view sets up dozens of markers and labels; spread over a
 * few tasks, none of them is long.
 */
export function inBatches<T>(
	read: () => T[],
	key: (item: T) => string,
	size: number
): { readonly current: T[] } {
	let value = $state.raw(untrack(read));
	$effect(() => {
		const target = read();
		const shown = value;
		if (shown === target) return;
		const handle = setTimeout(() => (value = nextBatch(shown, target, key, size)));
		return () => clearTimeout(handle);
	});
	return {
		get current() {
			return value;
		}
	};
}
