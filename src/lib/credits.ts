import type { Locale } from '$story/registry';

/**
 * Who made the story, by role. The repository names no person, so every role is credited
 * to the desk; replace a desk with a name only where the person agreed to be named.
 */
export interface Credit {
	role: string;
	who: string;
}

export const CREDITS_TITLE: Record<Locale, string> = {
	en: 'Credits',
	fr: 'Crédits',
	ar: 'فريق العمل'
};

export const CREDITS: Record<Locale, Credit[]> = {
	en: [
		{ role: 'Reporting and writing', who: 'the Graphics desk' },
		{ role: 'Data, maps and graphics', who: 'the Graphics desk' },
		{ role: 'French edition (translation)', who: 'the Graphics desk' },
		{ role: 'Editing and fact-checking', who: 'the Graphics desk' }
	],
	fr: [
		{ role: 'Enquête et rédaction', who: 'le service graphique' },
		{ role: 'Données, cartes et graphiques', who: 'le service graphique' },
		{ role: 'Édition française (traduction)', who: 'le service graphique' },
		{ role: 'Édition et vérification', who: 'le service graphique' }
	],
	ar: [
		{ role: 'التحقيق والكتابة', who: 'قسم الرسوم البيانية' },
		{ role: 'البيانات والخرائط والرسوم', who: 'قسم الرسوم البيانية' },
		{ role: 'النسخة العربية (الترجمة)', who: 'قسم الرسوم البيانية' },
		{ role: 'التحرير والتدقيق', who: 'قسم الرسوم البيانية' }
	]
};

/** The sentence before the corrections address; it ends where the address begins. */
export const CORRECTIONS_CONTACT: Record<Locale, string> = {
	en: 'To report an error or send a correction, write to',
	fr: 'Pour signaler une erreur ou proposer une correction, écrivez à',
	ar: 'للإبلاغ عن خطأ أو إرسال تصحيح، اكتبوا إلى'
};
