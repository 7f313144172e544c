import { getContext, setContext } from 'svelte';

const KEY = Symbol('the corrections are listed on this page');

/**
 * The story page lists the corrections at its end, so a correction mark links within it;
 * anywhere else that draws the story's prose (embeds, share pages) the mark links to the
 * list on the story page.
 */
export const listCorrectionsHere = (): void => void setContext(KEY, true);
export const correctionsListedHere = (): boolean => getContext<boolean | undefined>(KEY) === true;
