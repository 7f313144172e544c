import { absoluteUrl } from '$lib/site';
import type { Locale } from '$story/registry';
import { embedPath } from './paths';

/** The whole-story embed codes in the methodology section. */
export function storyEmbedCodesProps(locale: Locale, headline: string, ui: Record<string, string>) {
	return {
		src: absoluteUrl(embedPath(locale)),
		title: headline,
		ui,
		id: 'deraa-2018',
		fallbackHeight: 800
	};
}
