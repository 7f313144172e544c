import type { Locale } from '$story/registry';

/**
 * The words around the charts, in every edition. They live beside the charts,
 * not in the story files, because they name chart parts (axes, legends, columns).
 * The Arabic words live in ./copy.ar.ts and are added by useArabicChartCopy(): the
 * island of the English and French pages never carries them.
 */
const BUILT_IN = {
	en: {
		showData: 'Show the data',
		/** The same toggle on a short stage, where the source line folds into it. */
		sourcesAndData: 'Sources and data',
		source: 'Source',
		sources: 'Sources',
		colon: ':',
		comma: ', ',
		andMore: (n: number) => `and ${n} more in the table`,
		date: 'Date',
		value: 'Figure',
		who: 'Counted by',
		published: 'Published by',
		moreThan: 'more than',
		/** The Sweida toll's open mark: a floor, whether its source said at least or more than. */
		floor: 'at least or more than',
		upTo: 'up to',
		partisan: 'partisan claim',
		today: 'Story date',
		timeline: {
			title: 'Every event, day by day',
			takeaway: (n: number) => `${n} dated events; disputed dates are drawn as ranges.`,
			lanes: {
				fighting: 'Fighting',
				deals: 'Deals',
				people: 'People',
				borders: 'Borders, diplomacy'
			},
			event: 'Event',
			type: 'Type',
			disputed: 'date disputed',
			desc: (n: number, date: string) =>
				`A timeline of ${n} events in four rows (fighting, surrender deals, people displaced, evacuated or taken hostage, borders and diplomacy), with the story date, ${date}, marked.`
		},
		displacement: {
			title: 'People displaced',
			takeaway: (peak: string) =>
				`Estimates reached ${peak} in early July, then fell as people went home.`,
			band: 'Range between estimates',
			un: 'UN estimate',
			other: 'Other estimate',
			desc: (peak: string) =>
				`A chart of the number of people displaced from 20 June to 16 August 2018, one dot per estimate, with a band between the lowest and highest estimate each day. The highest estimate reaches ${peak}.`
		},
		controlShare: {
			title: 'Share of Daraa held by the government',
			takeaway: (from: string, to: string) =>
				`From ${from} to ${to} in six weeks, mostly through deals.`,
			deal: 'Deal',
			/** The monitor's next figure after the story date, and its date. */
			next: (value: string, date: string) => `${value} on ${date}`,
			monitor: 'Monitor (SOHR) figure',
			partisanMark: 'Pro-government claim',
			desc: (from: string, to: string) =>
				`A step chart of the share of Daraa province under government control, rising from ${from} on 19 June to ${to} on 1 August 2018, with surrender deals marked on the time axis.`
		},
		civilianDeaths: {
			title: 'Civilians killed since 19 June',
			takeaway: (n: string) =>
				`Counts stop and start; the highest found is ${n}. No one kept a complete tally.`,
			running: 'running count',
			period: 'count for a stated period',
			desc: (n: string) =>
				`A chart of cumulative civilian deaths in the offensive by who counted: SOHR’s running count, which stops in early July, and single counts by other groups up to ${n}.`
		},
		sweidaToll: {
			title: 'How many died in Sweida on 25 July?',
			/** The key's name for every counter but the Observatory. */
			others: 'Other sources',
			/** A row holding every counter's tolls of one day (a phone). */
			all: 'All',
			takeaway: (floor: string) =>
				`Tolls rose for weeks and never agreed: hence “more than ${floor}”, not one number.`,
			floor: (floor: string) => `more than ${floor}`,
			desc: (n: number, floor: string) =>
				`A dot plot of ${n} reported death tolls for the Islamic State attacks on Sweida, one dot per report, in the order published (on a small screen, the first day’s tolls share rows), with a line at ${floor}.`
		},
		evacuations: {
			title: 'People bused north, convoy by convoy',
			takeaway: (total: string) =>
				`${total} people left for the north in the last two weeks of July.`,
			total: 'Total so far',
			nonePublished: 'none published yet',
			convoy: 'Reported convoy size',
			proGovernment: 'Pro-government outlet',
			desc: (n: number, total: string) =>
				`A chart of ${n} reports of people carried on each convoy from Daraa and Quneitra to the north, from 15 July to 11 August 2018; the running total reached ${total}.`
		},
		hostages: {
			abducted: 'Abducted',
			returnedHome: 'Returned home',
			title: 'The Sweida hostages',
			takeaway: (n: number) =>
				`One square per person abducted on 25 July (${n}, SOHR). The sources’ counts never add up.`,
			states: {
				held: 'Held',
				escaped: 'Escaped',
				died: 'Died in captivity',
				killed: 'Killed by IS',
				freed: 'Freed',
				unaccounted: 'Not accounted for'
			},
			freedOn: (date: string) => `Freed ${date}`,
			reported: 'Reported still held',
			returned: (n: string) => `AFP later counted ${n} back home.`,
			person: 'Hostages',
			desc: (date: string, held: number, n: number) =>
				`A grid of ${n} squares, one per person abducted. On ${date}, ${held} are held.`
		},
		pocket: {
			villages: (n: string, v: number) => `${n} village${v === 1 ? '' : 's'}`,
			table: {
				before: 'before 19 June',
				undated: 'undated',
				place: 'Locality',
				from: 'Held from',
				lost: 'Lost on'
			},
			title: 'The Yarmouk pocket shrinks',
			takeaway: (peak: number) =>
				`The IS affiliate held up to ${peak} villages; within a week it held none.`,
			held: 'Villages held (control table)',
			range: 'Range across disputed dates',
			reported: 'Count a source reported',
			desc: (peak: number) =>
				`A step chart of the number of villages held by the Khalid ibn al-Walid Army from 8 July to 3 August 2018, peaking at ${peak}, with a band for disputed dates and dots for counts sources reported.`
		}
	},
	fr: {
		showData: 'Afficher les données',
		sourcesAndData: 'Sources et données',
		source: 'Source',
		sources: 'Sources',
		colon: '\u202f:',
		comma: ', ',
		andMore: (n: number) => `et ${n} autres dans le tableau`,
		date: 'Date',
		value: 'Chiffre',
		who: 'Décompte',
		published: 'Publié par',
		moreThan: 'plus de',
		floor: 'au moins ou plus de',
		upTo: 'jusqu’à',
		partisan: 'affirmation partisane',
		today: 'Date du récit',
		timeline: {
			title: 'Chaque événement, jour après jour',
			takeaway: (n: number) =>
				`${n} événements datés\u202f; les dates contestées sont des intervalles.`,
			lanes: {
				fighting: 'Combats',
				deals: 'Accords',
				people: 'Civils',
				borders: 'Frontières, diplomatie'
			},
			event: 'Événement',
			type: 'Type',
			disputed: 'date contestée',
			desc: (n: number, date: string) =>
				`Une frise de ${n} événements sur quatre lignes (combats, accords de reddition, déplacés, évacués ou otages, frontières et diplomatie), avec la date du récit, le ${date}, marquée.`
		},
		displacement: {
			title: 'Personnes déplacées',
			takeaway: (peak: string) =>
				`Les estimations atteignent ${peak} début juillet, puis baissent avec les retours.`,
			band: 'Écart entre estimations',
			un: 'Estimation de l’ONU',
			other: 'Autre estimation',
			desc: (peak: string) =>
				`Un graphique du nombre de déplacés du 20 juin au 16 août 2018, un point par estimation, avec une bande entre la plus basse et la plus haute chaque jour. La plus haute atteint ${peak}.`
		},
		controlShare: {
			title: 'Part de Deraa tenue par le gouvernement',
			takeaway: (from: string, to: string) =>
				`De ${from} à ${to} en six semaines, surtout par des accords.`,
			deal: 'Accord',
			// « le 1er juil. »: the first of the month is an ordinal in French.
			next: (value: string, date: string) => `${value} le ${date.replace(/^1 /, '1er\u00a0')}`,
			monitor: 'Chiffre de l’OSDH',
			partisanMark: 'Affirmation progouvernementale',
			desc: (from: string, to: string) =>
				`Un graphique en escalier de la part de la province de Deraa contrôlée par le gouvernement, de ${from} le 19 juin à ${to} le 1er août 2018, avec les accords de reddition marqués sur l’axe du temps.`
		},
		civilianDeaths: {
			title: 'Civils tués depuis le 19 juin',
			takeaway: (n: string) =>
				`Les décomptes s’interrompent\u202f; le plus élevé est de ${n}. Aucun bilan complet.`,
			running: 'décompte continu',
			period: 'décompte sur une période',
			desc: (n: string) =>
				`Un graphique des civils tués pendant l’offensive selon qui compte\u202f: le décompte continu de l’OSDH, interrompu début juillet, et des bilans ponctuels d’autres groupes jusqu’à ${n}.`
		},
		sweidaToll: {
			title: 'Combien de morts à Soueida le 25 juillet\u202f?',
			others: 'Autres sources',
			all: 'Tous',
			takeaway: (floor: string) =>
				`Les bilans montent pendant des semaines sans concorder\u202f: d’où «\u00a0plus de ${floor}\u00a0».`,
			floor: (floor: string) => `plus de ${floor}`,
			desc: (n: number, floor: string) =>
				`Un nuage de points de ${n} bilans des attaques de l’État islamique contre Soueida, un point par bilan, dans l’ordre de publication (sur un petit écran, les bilans du premier jour partagent des lignes), avec une ligne à ${floor}.`
		},
		evacuations: {
			title: 'Évacués vers le nord, convoi par convoi',
			takeaway: (total: string) => `${total} personnes sont parties vers le nord fin juillet.`,
			total: 'Total à ce jour',
			nonePublished: 'aucun publié',
			convoy: 'Décompte d’un convoi',
			proGovernment: 'Média progouvernemental',
			desc: (n: number, total: string) =>
				`Un graphique de ${n} décomptes de personnes transportées par convoi de Deraa et Qouneitra vers le nord, du 15 juillet au 11 août 2018\u202f; le total atteint ${total}.`
		},
		hostages: {
			abducted: 'Enlevés',
			returnedHome: 'Rentrés chez eux',
			title: 'Les otages de Soueida',
			takeaway: (n: number) =>
				`Un carré par personne enlevée le 25 juillet (${n}, OSDH). Les chiffres des sources ne concordent jamais.`,
			states: {
				held: 'Otage',
				escaped: 'Évadée',
				died: 'Morte en captivité',
				killed: 'Tuée par l’EI',
				freed: 'Libéré',
				unaccounted: 'Sort inconnu'
			},
			freedOn: (date: string) => `Libérés le ${date}`,
			reported: 'Encore détenus',
			returned: (n: string) => `L’AFP a ensuite compté ${n} retours.`,
			person: 'Otages',
			desc: (date: string, held: number, n: number) =>
				`Une grille de ${n} carrés, un par personne enlevée. Le ${date}, ${held} sont otages.`
		},
		pocket: {
			villages: (n: string, v: number) => `${n} village${v > 1 ? 's' : ''}`,
			table: {
				before: 'avant le 19 juin',
				undated: 'non daté',
				place: 'Localité',
				from: 'Tenue depuis',
				lost: 'Perdue le'
			},
			title: 'La poche du Yarmouk se réduit',
			takeaway: (peak: number) =>
				`L’affilié de l’EI a tenu jusqu’à ${peak} villages\u202f; une semaine plus tard, aucun.`,
			held: 'Villages tenus (table de contrôle)',
			range: 'Écart selon les dates contestées',
			reported: 'Décompte d’une source',
			desc: (peak: number) =>
				`Un graphique en escalier du nombre de villages tenus par l’Armée Khaled Ben al-Walid du 8 juillet au 3 août 2018, jusqu’à ${peak}, avec une bande pour les dates contestées et des points pour les décomptes des sources.`
		}
	}
} satisfies Record<'en' | 'fr', unknown>;

export type ChartCopy = (typeof BUILT_IN)['en'];

const copies: Partial<Record<Locale, ChartCopy>> = { ...BUILT_IN };

/** Each edition's chart words: Arabic once src/lib/charts/arabicCopy.ts has run. */
export const CHART_COPY = copies as Record<Locale, ChartCopy>;

/** Adds an edition's chart words and its way of naming counters (src/lib/charts/copy.ar.ts). */
export function addChartCopy(
	locale: Locale,
	copy: ChartCopy,
	counters: (counter: string) => string
) {
	copies[locale] = copy;
	COUNTERS[locale] = counters;
}

/** Counter names as the French edition writes them. */
const COUNTERS_FR: Record<string, string> = {
	SOHR: 'OSDH',
	'UN OCHA': 'OCHA (ONU)',
	'Sweida health directorate': 'Direction de la santé de Soueida',
	'Local journalists': 'Journalistes locaux',
	'Early media reports': 'Premiers médias',
	'Daraa Martyrs Documentation Office': 'Bureau de documentation des martyrs de Deraa',
	'Response Coordinators': 'Coordinateurs de la réponse',
	Xinhua: 'Chine nouvelle',
	Wikipedia: 'Wikipédia'
};

const COUNTERS: Partial<Record<Locale, (counter: string) => string>> = {
	fr: (counter) => COUNTERS_FR[counter] ?? counter
};

export function counterLabel(counter: string, locale: Locale): string {
	return COUNTERS[locale]?.(counter) ?? counter;
}
