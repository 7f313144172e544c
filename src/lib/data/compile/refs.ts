/** Reports each id in `ids` that is not in `known`. */
export function checkRefs(
	ids: readonly string[],
	known: ReadonlySet<string>,
	what: string,
	report: (message: string) => void
): void {
	for (const ref of ids) if (!known.has(ref)) report(`unknown ${what} "${ref}"`);
}

/** Every fact carries at least one source, and every source id exists. */
export function checkSources(
	ids: readonly string[],
	known: ReadonlySet<string>,
	report: (message: string) => void
): void {
	if (ids.length === 0) report('has no source; every fact needs at least one source id');
	checkRefs(ids, known, 'source id', report);
}
