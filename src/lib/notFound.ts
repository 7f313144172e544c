import type { Locale } from '$story/registry';

/** The words of the "page not found" page, each edition's with a line in the other language. */
export const NOT_FOUND_WORDS: Record<Locale, Record<string, string>> = {
	en: {
		title: 'Page not found',
		text: 'There is no page at this address. The link may be mistyped, or the section it named may have been renamed.',
		story: 'Go to the story',
		data: 'The data downloads',
		sources: 'Every source we cite'
	},
	fr: {
		title: 'Page introuvable',
		text: 'Il n’y a pas de page à cette adresse. Le lien est peut-être mal saisi, ou la section qu’il désignait a changé de nom.',
		story: 'Aller au récit',
		data: 'Télécharger les données',
		sources: 'Toutes les sources citées'
	}
};
