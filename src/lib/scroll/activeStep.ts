/**
 * Which step is active, derived only from where the steps are on screen: the last
 * step whose top has crossed the trigger line. Before the first step crosses it
 * the reader is still in the introduction (`inside` is false) and step 0 is shown.
 */
export function activeStepIndex(
	stepTops: readonly number[],
	triggerY: number
): { index: number; inside: boolean } {
	let index = -1;
	for (let i = 0; i < stepTops.length; i++) {
		if ((stepTops[i] ?? Infinity) <= triggerY) index = i;
		else break;
	}
	return { index: Math.max(0, index), inside: index >= 0 };
}

/** The slug a URL fragment names, or null when it is not one of ours (`#?secret=…` from a CMS). */
export function slugFromHash(hash: string, slugs: readonly string[]): string | null {
	let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		fragment = decodeURIComponent(fragment);
	} catch {
		return null;
	}
	return slugs.includes(fragment) ? fragment : null;
}

/** Trigger line as a fraction of the viewport height: lower on phones, where the graphic sits on top. */
export function triggerFraction(viewportWidth: number): number {
	return viewportWidth < 768 ? 0.85 : 0.6;
}
