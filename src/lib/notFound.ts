import type { Locale } from '$story/registry';

/** The words of the "page not found" page, in each edition's language. */
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
	},
	ar: {
		title: 'الصفحة غير موجودة',
		text: 'لا توجد صفحة على هذا العنوان. ربما كُتب الرابط خطأً، أو تغيّر اسم القسم الذي يشير إليه.',
		story: 'الذهاب إلى القصة',
		data: 'تنزيل البيانات',
		sources: 'كل المصادر التي نستشهد بها'
	}
};
