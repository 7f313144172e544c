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
	mapNoScript: string;
	unknownSide: string;
	pageDescription: string;
	/** The colon as the edition writes it (French: a no-break space before it). */
	colon: string;
	and: string;
}

const en: ExploreWords = {
	places: 'Places',
	placesIntro:
		'Every place in the dataset, by governorate: who held it before, during and after the 2018 offensive, and what happened there.',
	allPlaces: 'All places, by governorate',
	backToStory: 'Back to the story',
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
	mapNoScript: 'Key dates of the offensive:',
	unknownSide: 'Not known',
	pageDescription: 'Who held {name} in 2018, when that changed, and what happened there.',
	colon: ':',
	and: 'and'
};

const fr: ExploreWords = {
	places: 'Lieux',
	placesIntro:
		'Chaque lieu du jeu de données, par gouvernorat : qui le tenait avant, pendant et après l’offensive de 2018, et ce qui s’y est passé.',
	allPlaces: 'Tous les lieux, par gouvernorat',
	backToStory: 'Retour au récit',
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
	mapNoScript: 'Dates clés de l’offensive :',
	unknownSide: 'Inconnu',
	pageDescription: 'Qui tenait {name} en 2018, quand cela a changé, et ce qui s’y est passé.',
	colon: '\u00a0:',
	and: 'et'
};

const WORDS: Partial<Record<string, ExploreWords>> = { en, fr };

export function exploreWords(locale: string): ExploreWords {
	return WORDS[locale] ?? en;
}

/** Fills `{name}` slots. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** "A, B and C" in the edition's words. */
export function listOf(items: readonly string[], words: Pick<ExploreWords, 'and'>): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${words.and} ${items.at(-1)}`;
}
