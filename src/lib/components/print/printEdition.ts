import { getContext, setContext } from 'svelte';
import { absoluteUrl } from '$lib/site';
import { cardPath } from '$lib/embed/paths';
import { editionPath, siteRootFrom } from '$story/editions';
import type { Locale } from '$story/registry';

/**
 * What the printed edition needs from the page it is printed from: each step's graphic in
 * that step's state, and the address of each section. The story page sets it; pages without
 * it (embeds, share pages) print nothing extra.
 */
export interface PrintEdition {
	/** The step's card (drawn at build from the same graphic, /cards/<locale>/<slug>.png), relative to the page. */
	graphic: (slug: string) => string;
	/** The published address of a section of this edition. */
	address: (anchor: string) => string;
}

const KEY = Symbol('the printed edition');

/** `locale` is read when a graphic or an address is drawn (the page's props are reactive). */
export function setPrintEdition(locale: () => Locale): void {
	setContext<PrintEdition>(KEY, {
		graphic: (slug) => siteRootFrom(locale()) + cardPath(locale(), slug).slice(1),
		address: (anchor) => `${absoluteUrl(editionPath(locale()))}#${anchor}`
	});
}

export const printEdition = (): PrintEdition | undefined =>
	getContext<PrintEdition | undefined>(KEY);
