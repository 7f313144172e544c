import type { Locale } from './registry';

/**
 * What the stage says while the island fetches the graphic's data, and if it cannot:
 * the prerendered first state stays, and the text, links and navigation keep working.
 */
const WORDS: Record<Locale, { loading: string; unavailable: string }> = {
	en: {
		loading: 'Loading the interactive graphic…',
		unavailable: 'The interactive graphic is unavailable; the text and the links still work.'
	},
	fr: {
		loading: 'Chargement du graphique interactif…',
		unavailable:
			'Le graphique interactif est indisponible\u00a0; le texte et les liens fonctionnent.'
	},
	ar: {
		loading: 'جارٍ تحميل الرسم التفاعلي…',
		unavailable: 'الرسم التفاعلي غير متاح؛ لكن النص والروابط تعمل.'
	}
};

export const graphicStatus = (locale: Locale) => WORDS[locale];
