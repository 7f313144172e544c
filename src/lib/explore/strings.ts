import type { Side } from './sides';

/**
 * The words of the place pages, the town search and the map explorer, per edition. An
 * edition without its own row reads English until it gets one (a new edition is a row).
 */
export interface ExploreWords {
	places: string;
	placesIntro: string;
	allPlaces: string;
	backToStory: string;
	/** "Back" points the way the edition reads: right in a right-to-left edition. */
	backArrow: string;
	otherSpellings: string;
	governorate: string;
	/** Arabic, French, English: the names' own labels. */
	nameIn: Record<'en' | 'fr' | 'ar', string>;
	located: string;
	approximate: string;
	notLocated: string;
	offMap: string;
	partOf: string;
	controlTitle: string;
	controlNone: string;
	heldThroughout: string;
	/** `{before}` → `{after}` */
	changed: string;
	how: Record<'deal' | 'capture' | 'handover' | 'evacuation', string>;
	disputedDates: string;
	claimedBy: string;
	claimants: Record<string, string>;
	researchNote: string;
	seeOnMap: string;
	eventsTitle: string;
	eventsNone: string;
	nearby: string;
	sources: string;
	stepsTitle: string;
	stepsNone: string;
	downloads: string;
	sides: Record<Side, string>;
	findTitle: string;
	findLabel: string;
	findHint: string;
	findNone: string;
	/** `{n}` results */
	findCount: string;
	mapTitle: string;
	mapIntro: string;
	mapDate: string;
	play: string;
	pause: string;
	keyDates: string;
	/** `{date}` */
	mapOn: string;
	eventsOn: string;
	noEventsOn: string;
	countsTitle: string;
	unknownSide: string;
	pageDescription: string;
	/** The colon as the edition writes it (French: a no-break space before it). */
	colon: string;
	/** Between the items of a list but the last two, and before the last (spaces included). */
	comma: string;
	/** Between sources. */
	semicolon: string;
	and: string;
}

const en: ExploreWords = {
	places: 'Places',
	placesIntro:
		'Every place in the dataset, by governorate: who held it before, during and after the 2018 offensive, and what happened there.',
	allPlaces: 'All places, by governorate',
	backToStory: 'Back to the story',
	backArrow: '←',
	otherSpellings: 'Also written',
	governorate: 'Governorate',
	nameIn: { en: 'English', fr: 'French', ar: 'Arabic' },
	located: 'Location',
	approximate: 'Approximate location (an estimate, not a gazetteer point).',
	notLocated: 'No coordinates: we could not locate this place, so it is not on the map.',
	offMap: 'Outside the area of the story’s map.',
	partOf: 'Part of',
	controlTitle: 'Who held it',
	controlNone: 'The control table has no record for this place.',
	heldThroughout: 'Held by the same side throughout',
	changed: '{before} → {after}',
	how: {
		deal: 'surrender deal',
		capture: 'taken by force',
		handover: 'handed over',
		evacuation: 'after fighters were bussed out'
	},
	disputedDates: 'Sources disagree on the date',
	claimedBy: 'Announced only by',
	claimants: {
		jkw: 'the IS affiliate',
		government: 'the government',
		rebels: 'the rebels',
		'pro-government-media': 'pro-government media',
		'opposition-media': 'opposition media'
	},
	researchNote: 'Research note',
	seeOnMap: 'See this day on the map',
	eventsTitle: 'What happened here',
	eventsNone: 'No dated events in the dataset at or near this place.',
	nearby: 'nearby',
	sources: 'Sources',
	stepsTitle: 'In the story',
	stepsNone: 'The story does not mention this place by name.',
	downloads: 'Download the places and control tables (CSV)',
	sides: {
		government: 'Government',
		deal: 'Surrendered under a deal',
		rebels: 'Rebels',
		is: 'IS affiliate'
	},
	findTitle: 'Find your town',
	findLabel: 'Town or village, in any spelling',
	findHint: 'Type a name, then choose with the arrow keys and Enter.',
	findNone: 'No place by that name.',
	findCount: '{n} places found',
	mapTitle: 'The south on any day',
	mapIntro:
		'Move the date to see who held each place, how many each side held, and what happened that day.',
	mapDate: 'Date',
	play: 'Play',
	pause: 'Pause',
	keyDates: 'Key dates',
	mapOn: 'Control on {date}',
	eventsOn: 'That day',
	noEventsOn: 'No event recorded that day.',
	countsTitle: 'Places held',
	unknownSide: 'Not known',
	pageDescription: 'Who held {name} in 2018, when that changed, and what happened there.',
	colon: ':',
	comma: ', ',
	semicolon: '; ',
	and: ' and '
};

const fr: ExploreWords = {
	places: 'Lieux',
	placesIntro:
		'Chaque lieu du jeu de données, par gouvernorat : qui le tenait avant, pendant et après l’offensive de 2018, et ce qui s’y est passé.',
	allPlaces: 'Tous les lieux, par gouvernorat',
	backToStory: 'Retour au récit',
	backArrow: '←',
	otherSpellings: 'Autres graphies',
	governorate: 'Gouvernorat',
	nameIn: { en: 'anglais', fr: 'français', ar: 'arabe' },
	located: 'Emplacement',
	approximate: 'Emplacement approximatif (une estimation, pas un point de répertoire).',
	notLocated:
		'Pas de coordonnées : nous n’avons pas pu situer ce lieu, il ne figure donc pas sur la carte.',
	offMap: 'Hors de la zone de la carte du récit.',
	partOf: 'Fait partie de',
	controlTitle: 'Qui le tenait',
	controlNone: 'La table de contrôle n’a aucune ligne pour ce lieu.',
	heldThroughout: 'Tenu par le même camp tout du long',
	changed: '{before} → {after}',
	how: {
		deal: 'accord de reddition',
		capture: 'pris par la force',
		handover: 'remis',
		evacuation: 'après l’évacuation des combattants en bus'
	},
	disputedDates: 'Les sources divergent sur la date',
	claimedBy: 'Annoncé seulement par',
	claimants: {
		jkw: 'l’affilié de l’EI',
		government: 'le gouvernement',
		rebels: 'les rebelles',
		'pro-government-media': 'des médias progouvernementaux',
		'opposition-media': 'des médias d’opposition'
	},
	researchNote: 'Note de recherche (en anglais)',
	seeOnMap: 'Voir ce jour sur la carte',
	eventsTitle: 'Ce qui s’y est passé',
	eventsNone: 'Aucun événement daté dans le jeu de données à cet endroit ou à proximité.',
	nearby: 'à proximité',
	sources: 'Sources',
	stepsTitle: 'Dans le récit',
	stepsNone: 'Le récit ne nomme pas ce lieu.',
	downloads: 'Télécharger les tables des lieux et du contrôle (CSV)',
	sides: {
		government: 'Gouvernement',
		deal: 'Reddition par accord',
		rebels: 'Rebelles',
		is: 'Affilié à l’EI'
	},
	findTitle: 'Trouver votre localité',
	findLabel: 'Ville ou village, dans n’importe quelle graphie',
	findHint: 'Tapez un nom, puis choisissez avec les flèches et Entrée.',
	findNone: 'Aucun lieu de ce nom.',
	findCount: '{n} lieux trouvés',
	mapTitle: 'Le Sud, jour après jour',
	mapIntro:
		'Déplacez la date pour voir qui tenait chaque lieu, combien chaque camp en tenait et ce qui s’est passé ce jour-là.',
	mapDate: 'Date',
	play: 'Lecture',
	pause: 'Pause',
	keyDates: 'Dates clés',
	mapOn: 'Contrôle le {date}',
	eventsOn: 'Ce jour-là',
	noEventsOn: 'Aucun événement enregistré ce jour-là.',
	countsTitle: 'Lieux tenus',
	unknownSide: 'Inconnu',
	pageDescription: 'Qui tenait {name} en 2018, quand cela a changé, et ce qui s’y est passé.',
	colon: '\u00a0:',
	comma: ', ',
	semicolon: '\u202f; ',
	and: ' et '
};

/*
 * The Arabic edition's terms are those of docs/arabic-edition.md (the map key's words,
 * «استسلام بموجب اتفاق», «فرع تنظيم الدولة الإسلامية»); the arrow of a change points left,
 * the way the line reads.
 */
const ar: ExploreWords = {
	places: 'الأماكن',
	placesIntro:
		'كل مكان في مجموعة البيانات، مرتّباً حسب المحافظة: من كان يسيطر عليه قبل هجوم عام 2018 وفي أثنائه وبعده، وما الذي جرى فيه.',
	allPlaces: 'كل الأماكن حسب المحافظة',
	backToStory: 'العودة إلى القصة',
	backArrow: '→',
	otherSpellings: 'يُكتب أيضاً',
	governorate: 'المحافظة',
	nameIn: { en: 'بالإنجليزية', fr: 'بالفرنسية', ar: 'بالعربية' },
	located: 'الموقع',
	approximate: 'موقع تقريبي (تقدير، لا نقطة من دليل جغرافي).',
	notLocated: 'لا إحداثيات: لم نتمكن من تحديد موقع هذا المكان، لذلك لا يظهر على الخريطة.',
	offMap: 'خارج نطاق خريطة القصة.',
	partOf: 'جزء من',
	controlTitle: 'من كان يسيطر عليه',
	controlNone: 'لا يتضمن جدول السيطرة أي سجل لهذا المكان.',
	heldThroughout: 'بقي تحت سيطرة الطرف نفسه طوال الفترة',
	changed: '{before} ← {after}',
	how: {
		deal: 'اتفاق استسلام',
		capture: 'سيطرة بالقوة',
		handover: 'تسليم',
		evacuation: 'بعد نقل المقاتلين بالحافلات'
	},
	disputedDates: 'تختلف المصادر على التاريخ',
	claimedBy: 'أعلنت ذلك جهة واحدة فقط:',
	claimants: {
		jkw: 'فرع تنظيم الدولة الإسلامية',
		government: 'الحكومة',
		rebels: 'المعارضة',
		'pro-government-media': 'وسائل إعلام موالية للحكومة',
		'opposition-media': 'وسائل إعلام المعارضة'
	},
	researchNote: 'ملاحظة بحثية (بالإنجليزية)',
	seeOnMap: 'شاهد هذا اليوم على الخريطة',
	eventsTitle: 'ما جرى هنا',
	eventsNone: 'لا أحداث مؤرخة في مجموعة البيانات في هذا المكان أو بالقرب منه.',
	nearby: 'بالقرب منه',
	sources: 'المصادر',
	stepsTitle: 'في القصة',
	stepsNone: 'لا تذكر القصة هذا المكان بالاسم.',
	downloads: 'تنزيل جدولَي الأماكن والسيطرة (CSV)',
	sides: {
		government: 'الحكومة',
		deal: 'استسلام بموجب اتفاق',
		rebels: 'المعارضة',
		is: 'فرع تنظيم الدولة الإسلامية'
	},
	findTitle: 'ابحث عن بلدتك',
	findLabel: 'مدينة أو بلدة أو قرية، بأي تهجئة',
	findHint: 'اكتب اسماً، ثم اختر بمفاتيح الأسهم ومفتاح الإدخال.',
	findNone: 'لا مكان بهذا الاسم.',
	findCount: 'عدد النتائج: {n}',
	mapTitle: 'الجنوب في أي يوم',
	mapIntro:
		'حرّك التاريخ لترى من كان يسيطر على كل مكان، وعدد الأماكن التي كانت بيد كل طرف، وما جرى في ذلك اليوم.',
	mapDate: 'التاريخ',
	play: 'تشغيل',
	pause: 'إيقاف مؤقت',
	keyDates: 'تواريخ رئيسية',
	mapOn: 'السيطرة في {date}',
	eventsOn: 'في ذلك اليوم',
	noEventsOn: 'لا حدث مسجّلاً في ذلك اليوم.',
	countsTitle: 'الأماكن بيد كل طرف',
	unknownSide: 'غير معروف',
	pageDescription: 'من كان يسيطر على {name} في عام 2018، ومتى تغيّر ذلك، وما الذي جرى فيه.',
	colon: ':',
	comma: '، ',
	semicolon: '؛ ',
	and: ' و'
};

const WORDS: Partial<Record<string, ExploreWords>> = { en, fr, ar };

export function exploreWords(locale: string): ExploreWords {
	return WORDS[locale] ?? en;
}

/** Fills `{name}` slots. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** "A, B and C" in the edition's words («أ، ب وج» in Arabic). */
export function listOf(
	items: readonly string[],
	words: Pick<ExploreWords, 'comma' | 'and'>
): string {
	if (items.length <= 1) return items[0] ?? '';
	// Arabic joins «و» to the last item and separates the others with the Arabic comma.
	return `${items.slice(0, -1).join(words.comma)}${words.and}${items.at(-1)}`;
}
