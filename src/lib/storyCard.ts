import type { Locale } from '$story/registry';

/**
 * The card for the whole story (`/cards/<locale>.png`): the story's headline beside the
 * map of the step where the offensive ends, the south on 1 August 2018 with every town
 * coloured by who held it. Its text alternative says as much for networks that show one.
 */
export const STORY_CARD_STEP = 'pocket-ends';

export const STORY_CARD_ALT: Record<Locale, string> = {
	en: 'Map of southern Syria on 1 August 2018, each town marked by the side that held it',
	fr: 'Carte du sud de la Syrie au 1er août 2018, chaque localité marquée selon le camp qui la tenait',
	ar: 'خريطة لجنوب سوريا في 1 آب/أغسطس 2018، كل بلدة معلَّمة بحسب الطرف الذي كان يسيطر عليها'
};

/** Above the headline on the card: where and when. */
export const STORY_CARD_KICKER: Record<Locale, string> = {
	en: 'Southern Syria, June–August 2018',
	fr: 'Sud de la Syrie, juin–août 2018',
	ar: 'جنوب سوريا، حزيران/يونيو - آب/أغسطس 2018'
};
