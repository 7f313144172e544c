import { liveUrl } from '$lib/liveUrl';
import type { Locale } from '$story/registry';
import { embedPath, sharePath } from './paths';

/**
 * A step's share menu. It is rendered at build inside the step's static prose and
 * hydrated on its own when the reader first reaches for it, so server and browser build
 * its props here, from the same inputs.
 */
export function stepShareMenuProps(
	locale: Locale,
	step: { slug: string; title: string },
	ui: Record<string, string>
) {
	return {
		url: liveUrl(sharePath(locale, step.slug)),
		title: step.title,
		ui,
		embedUrl: liveUrl(embedPath(locale, step.slug))
	};
}

/** Keeps the ids of each menu's server render apart from the page's and each other's. */
export const shareMenuIdPrefix = (slug: string) => `share-${slug}`;

/** The element (in StepBody) a step's menu is rendered into and hydrated from. */
export const SHARE_MENU_SELECTOR = '[data-share-menu]';
