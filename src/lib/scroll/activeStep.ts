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

/**
 * Whether the story is laid out side by side (text left, graphic right): from 768 px wide,
 * or a phone on its side. The same condition as the layout's media query in
 * ScrollyStory.svelte and StepCard.svelte: `(min-width: 768px), (orientation: landscape)
 * and (min-width: 560px)`.
 */
export function sideBySide(viewportWidth: number, viewportHeight: number): boolean {
	return viewportWidth >= 768 || (viewportWidth >= 560 && viewportWidth > viewportHeight);
}

/**
 * Trigger line as a fraction of the viewport height. Stacked (portrait phones), the
 * graphic holds the top 62 % and a card is read in the band below it: a step takes the
 * graphic over as its card comes up from the foot of the screen, when the card before
 * has passed under the graphic (StepCard's gap). Side by side, mid-screen.
 */
export function triggerFraction(viewportWidth: number, viewportHeight: number): number {
	return sideBySide(viewportWidth, viewportHeight) ? 0.6 : 0.9;
}
