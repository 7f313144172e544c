import { getContext, setContext } from 'svelte';
import { absoluteUrl } from '$lib/site';
import { cardPath, editionPath } from '$lib/embed/paths';
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

/** A site path as seen from a page at `from` (both start with "/"), so the build works under any base path. */
export function relativeFrom(from: string, path: string): string {
	const depth = from.split('/').filter(Boolean).length;
	return (depth === 0 ? './' : '../'.repeat(depth)) + path.replace(/^\//, '');
}

export function setPrintEdition(locale: Locale): void {
	const page = editionPath(locale);
	setContext<PrintEdition>(KEY, {
		graphic: (slug) => relativeFrom(page, cardPath(locale, slug)),
		address: (anchor) => `${absoluteUrl(page)}#${anchor}`
	});
}

export const printEdition = (): PrintEdition | undefined =>
	getContext<PrintEdition | undefined>(KEY);
