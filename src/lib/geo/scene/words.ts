import type { Claimant, ControlHow, EventType, Localized } from '$lib/data/types';
import type { MapData, MapEvent, MapPlace } from '$lib/server/mapData';
import type { Locale } from '$story/registry';

/** What a change of control on the step's date is called next to the place ("Nawa · deal"). */
const HOW_WORDS: Record<ControlHow, Localized> = {
	capture: { en: 'taken', fr: 'prise', ar: 'سيطرة' },
	deal: { en: 'deal', fr: 'accord', ar: 'اتفاق' },
	handover: { en: 'handed over', fr: 'remise', ar: 'تسليم' },
	evacuation: { en: 'buses leave', fr: 'départ des bus', ar: 'خروج الحافلات' }
};

const TAKEN_BY_IS: Localized = {
	en: 'taken by IS affiliate',
	fr: 'prise par l’affilié de l’EI',
	ar: 'سيطر عليها فرع التنظيم'
};

/**
 * A change announced by one side only is written as that side's claim, never as fact
 * (S19): who claims it comes from the control row's `claimed_by`.
 */
const CLAIMED_BY: Record<Claimant, Localized> = {
	jkw: {
		en: 'IS affiliate claims capture',
		fr: 'revendiquée par l’affilié à l’EI',
		ar: 'يقول فرع التنظيم إنه سيطر عليها'
	},
	government: {
		en: 'government claims capture',
		fr: 'annoncée par le régime',
		ar: 'تقول الحكومة إنها سيطرت عليها'
	},
	rebels: {
		en: 'rebels claim capture',
		fr: 'revendiquée par les rebelles',
		ar: 'تقول المعارضة إنها سيطرت عليها'
	},
	'pro-government-media': {
		en: 'pro-government media report capture',
		fr: 'annoncée par les médias progouvernementaux',
		ar: 'إعلام موالٍ للحكومة يعلن السيطرة عليها'
	},
	'opposition-media': {
		en: 'opposition media report capture',
		fr: 'annoncée par les médias d’opposition',
		ar: 'إعلام معارض يعلن السيطرة عليها'
	}
};

/** Short words for what happened, shown after a place name; empty for kinds a word would not explain. */
const EVENT_WORDS: Record<EventType, Localized> = {
	offensive: { en: 'offensive', fr: 'offensive', ar: 'هجوم' },
	airstrike: { en: 'air strikes', fr: 'frappes', ar: 'غارات' },
	capture: { en: 'taken', fr: 'prise', ar: 'سيطرة' },
	deal: { en: 'deal', fr: 'accord', ar: 'اتفاق' },
	evacuation: { en: 'buses leave', fr: 'départ des bus', ar: 'خروج الحافلات' },
	displacement: { en: 'displaced', fr: 'déplacés', ar: 'نزوح' },
	attack: { en: 'attack', fr: 'attaque', ar: 'هجوم' },
	hostage: { en: 'hostages', fr: 'otages', ar: 'رهائن' },
	border: { en: '', fr: '', ar: '' },
	diplomatic: { en: '', fr: '', ar: '' },
	international: { en: '', fr: '', ar: '' },
	background: { en: '', fr: '', ar: '' }
};

/**
 * The word shown under an event's place: the change of control it records, when
 * the place changed hands during the event; otherwise what kind of event it is.
 */
export function eventWord(
	event: MapEvent,
	placeId: string,
	data: MapData,
	date: string,
	locale: Locale
): string {
	if (event.type === 'evacuation') return EVENT_WORDS.evacuation[locale];
	const end = event.end ?? event.date;
	const change = data.control.find(
		(r) =>
			r.place === placeId &&
			r.how !== null &&
			r.date_changed !== null &&
			r.date_changed >= event.date &&
			r.date_changed <= (end > date ? end : date)
	);
	if (change?.claimed_by) return CLAIMED_BY[change.claimed_by][locale];
	if (change?.controller_after === 'jkw') return TAKEN_BY_IS[locale];
	if (change?.how) return HOW_WORDS[change.how][locale];
	return EVENT_WORDS[event.type][locale];
}

/** Whether an event's word is one side's claim (kept whole: the name alone would drop who claims it). */
export function isClaim(word: string): boolean {
	return Object.values(CLAIMED_BY).some((w) => Object.values(w).includes(word));
}

/** Before a convoy's destination beside its arrow. */
export const TOWARD: Localized = { en: 'to ', fr: 'vers ', ar: 'إلى ' };

const INCLUDING: Localized = { en: 'incl.', fr: 'avec', ar: 'ومنها' };

/**
 * A place's name on the map, with the parts of it the step names ("Daraa (incl.
 * al-Manshiyah)"): a part sits on its whole's point and has no marker of its own.
 */
export function wholeName(place: MapPlace, named: ReadonlySet<string>, locale: Locale): string {
	const parts = (place.parts ?? []).filter((p) => named.has(p.id)).map((p) => p.name[locale]);
	const name = place.name[locale];
	return parts.length
		? `${name} (${INCLUDING[locale]} ${parts.join(locale === 'ar' ? '، ' : ', ')})`
		: name;
}
