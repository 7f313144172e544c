import type { Localized } from '$lib/data/types';
import { exploreWords, listOf } from '$lib/explore/strings';
import type { MapData } from '$lib/server/mapData';
import { formatDate, formatNumber } from '$story/format';
import type { Locale, ViewId } from '$story/registry';
import type { StepState } from '$story/types';
import type { MapController } from './control';
import { mapScene, wholeName } from './scene';

/**
 * What a step's map draws, as facts and as words: the date, the framing, the places
 * it marks and who held them, how many places of each side are on the square, the
 * layers (areas, convoy arrows, the inset). Built from the same scene the map draws
 * (mapScene), so the text alternative cannot describe a map the reader does not see.
 */
export interface MapFacts {
	date: string;
	view: ViewId;
	/** Places the step marks (ringed markers and named regions), in the scene's order. */
	marked: { id: string; name: string; controller: MapController | null; disputed: boolean }[];
	/** Every place drawn in the stage square (markers and region labels), for checking names. */
	drawn: Set<string>;
	/** Markers on the square by who held them (only when the step shows control). */
	counts: Map<MapController, number>;
	/** Who the map shows holding each place it draws with a side (markers and areas). */
	held: Map<string, MapController>;
	/** Convoy arrows: where the buses left, where they went, the angle (clockwise from east). */
	arrows: { from: string; to: string; angle: number }[];
	areas: boolean;
	control: boolean;
	locator: boolean;
	beforeOffensive: boolean;
	/** Markers on the square whose point is an estimate. */
	approx: number;
}

const VIEW_WORDS: Record<ViewId, Localized> = {
	south: { en: 'southern Syria', fr: 'le sud de la Syrie', ar: 'جنوب سوريا' },
	'east-daraa': {
		en: 'eastern Daraa province',
		fr: 'l’est de la province de Deraa',
		ar: 'شرق محافظة درعا'
	},
	'daraa-city': { en: 'Daraa city', fr: 'la ville de Deraa', ar: 'مدينة درعا' },
	nasib: {
		en: 'the Jordanian border around the Nasib crossing',
		fr: 'la frontière jordanienne autour du poste de Nassib',
		ar: 'الحدود الأردنية حول معبر نصيب'
	},
	quneitra: {
		en: 'Quneitra province and the Golan ceasefire line',
		fr: 'la province de Qouneitra et la ligne de cessez-le-feu du Golan',
		ar: 'محافظة القنيطرة وخط وقف إطلاق النار في الجولان'
	},
	yarmouk: {
		en: 'the Yarmouk Basin, between the Golan and the Jordanian border',
		fr: 'le bassin du Yarmouk, entre le Golan et la frontière jordanienne',
		ar: 'حوض اليرموك، بين الجولان والحدود الأردنية'
	},
	sweida: {
		en: 'Sweida province and the desert to its east',
		fr: 'la province de Soueida et le désert à l’est',
		ar: 'محافظة السويداء والبادية إلى الشرق منها'
	}
};

/** Who held the marked places, as a heading for their list. */
const MARKED_HELD: Record<MapController, Localized> = {
	government: {
		en: 'Marked places held by the government',
		fr: 'Lieux signalés aux mains du gouvernement',
		ar: 'أماكن معلَّمة بيد الحكومة'
	},
	reconciled: {
		en: 'Marked places surrendered under a deal',
		fr: 'Lieux signalés rendus par accord',
		ar: 'أماكن معلَّمة استسلمت بموجب اتفاق'
	},
	rebels: {
		en: 'Marked places held by rebels',
		fr: 'Lieux signalés aux mains des rebelles',
		ar: 'أماكن معلَّمة بيد المعارضة'
	},
	jkw: {
		en: 'Marked places held by the IS affiliate',
		fr: 'Lieux signalés aux mains de l’affilié de l’EI',
		ar: 'أماكن معلَّمة بيد فرع تنظيم الدولة الإسلامية'
	},
	contested: {
		en: 'Marked places under contested control',
		fr: 'Lieux signalés au contrôle disputé',
		ar: 'أماكن معلَّمة السيطرة عليها متنازع عليها'
	}
};

/** The sides as the map's key names them, for the counts. */
const SIDE_WORDS: Record<MapController, Localized> = {
	government: { en: 'government', fr: 'gouvernement', ar: 'الحكومة' },
	reconciled: {
		en: 'surrendered under a deal',
		fr: 'reddition par accord',
		ar: 'استسلام بموجب اتفاق'
	},
	rebels: { en: 'rebels', fr: 'rebelles', ar: 'المعارضة' },
	jkw: { en: 'IS affiliate', fr: 'affilié de l’EI', ar: 'فرع التنظيم' },
	contested: { en: 'contested', fr: 'disputé', ar: 'متنازع عليها' }
};

const SIDES: MapController[] = ['government', 'reconciled', 'rebels', 'jkw', 'contested'];

const WORDS = {
	en: {
		map: (view: string, date: string) => `The map shows ${view} on ${date}.`,
		before: 'Control as before the June 2018 offensive.',
		marked: 'Marked',
		otherMarked: 'Other marked places',
		colon: ':',
		disputed: 'date disputed',
		counts: (parts: string) => `Places on the map by who held them: ${parts}.`,
		areas: 'Shaded areas show approximate control.',
		arrow: (from: string, to: string) => `An arrow shows convoys leaving ${from} for ${to}.`,
		approx: (n: string) =>
			n === '1'
				? 'One place, drawn with a halo, has an approximate location.'
				: `${n} places, drawn with a halo, have an approximate location.`,
		locator: 'An inset locates the area in Syria.'
	},
	fr: {
		map: (view: string, date: string) => `La carte montre ${view} le ${date}.`,
		before: 'Contrôle avant l’offensive de juin 2018.',
		marked: 'Lieux signalés',
		otherMarked: 'Autres lieux signalés',
		colon: '\u202f:',
		disputed: 'date contestée',
		counts: (parts: string) => `Lieux de la carte selon qui les tient\u202f: ${parts}.`,
		areas: 'Les zones ombrées montrent un contrôle approximatif.',
		arrow: (from: string, to: string) =>
			`Une flèche montre des convois quittant ${from} vers ${to}.`,
		approx: (n: string) =>
			n === '1'
				? 'Un lieu, entouré d’un halo, a un emplacement approximatif.'
				: `${n} lieux, entourés d’un halo, ont un emplacement approximatif.`,
		locator: 'Un médaillon situe la zone en Syrie.'
	},
	ar: {
		map: (view: string, date: string) => `تُظهر الخريطة ${view} في ${date}.`,
		before: 'السيطرة كما كانت قبل هجوم حزيران/يونيو 2018.',
		marked: 'أماكن معلَّمة',
		otherMarked: 'أماكن معلَّمة أخرى',
		colon: ':',
		disputed: 'تاريخ متنازع عليه',
		counts: (parts: string) => `الأماكن على الخريطة بحسب الجهة المسيطرة: ${parts}.`,
		areas: 'تُظهر المناطق المظللة السيطرة على وجه التقريب.',
		arrow: (from: string, to: string) => `يُظهر سهم قوافل تغادر ${from} متجهة إلى ${to}.`,
		approx: (n: string) =>
			n === '1'
				? 'مكان واحد، مرسوم بهالة، موقعه تقريبي.'
				: `أماكن عددها ${n}، مرسومة بهالة، مواقعها تقريبية.`,
		locator: 'تحدد خريطة صغيرة موقع المنطقة في سوريا.'
	}
} satisfies Record<Locale, unknown>;

function inSquare(frame: number, fx: number, fy: number): boolean {
	return fx >= 0 && fx <= frame && fy >= 0 && fy <= frame;
}

/** The facts of a step's map (see MapFacts). */
export function mapFacts(data: MapData, state: StepState, locale: Locale): MapFacts {
	const scene = mapScene(data, state, locale);
	const byId = new Map(data.places.map((p) => [p.id, p]));
	const frame = data.frame;
	const named = new Set(state.highlight);
	for (const e of data.events) if (named.has(e.id)) for (const p of e.parts ?? []) named.add(p);
	const onSquare = scene.markers.filter((m) => inSquare(frame, m.fx, m.fy));
	const regions = scene.labels.filter((l) => l.place);
	const marked: MapFacts['marked'] = [
		...onSquare
			.filter((m) => m.ringed)
			.map((m) => ({
				id: m.id,
				name: wholeName(byId.get(m.id)!, named, locale),
				controller: m.controller,
				disputed: m.disputed
			})),
		...regions.map((l) => ({
			id: l.place!,
			name: byId.get(l.place!)!.name[locale],
			controller: null,
			disputed: false
		}))
	];
	const counts = new Map<MapController, number>();
	if (scene.showControl) {
		for (const m of onSquare) {
			if (m.controller) counts.set(m.controller, (counts.get(m.controller) ?? 0) + 1);
		}
	}
	const held = new Map<string, MapController>();
	for (const [id, c] of scene.cellControl) held.set(id, c.controller);
	for (const m of scene.markers) if (m.controller) held.set(m.id, m.controller);
	const eventPlace = new Map(data.events.map((e) => [e.id, e.places[0]!]));
	return {
		date: state.date,
		view: state.view,
		marked,
		drawn: new Set([...onSquare.map((m) => m.id), ...regions.map((l) => l.place!)]),
		counts,
		held,
		arrows: scene.arrows.map((a) => ({
			from: byId.get(eventPlace.get(a.id) ?? '')?.name[locale] ?? '',
			// The arrow's text is "to Morek" / "vers Morek": the destination is its name.
			to: a.text.replace(/^(to|vers|إلى) /, ''),
			angle: a.angle
		})),
		areas: scene.showAreas,
		control: scene.showControl,
		locator: scene.showLocator,
		beforeOffensive: scene.showControl && scene.beforeOffensive,
		approx: onSquare.filter((m) => m.approx).length
	};
}

/** The map's state in words, generated from its facts (the human alt adds the meaning). */
export function mapStateAlt(data: MapData, state: StepState, locale: Locale): string {
	const facts = mapFacts(data, state, locale);
	const w = WORDS[locale];
	const n = (v: number) => formatNumber(v, locale);
	const out: string[] = [w.map(VIEW_WORDS[facts.view][locale], formatDate(facts.date, locale))];
	if (facts.beforeOffensive) out.push(w.before);
	// The marked places, grouped by who held them on the date when the map shows control.
	const groups = new Map<MapController | null, string[]>();
	for (const m of facts.marked) {
		const side = facts.control ? m.controller : null;
		const name = m.disputed ? `${m.name} (${w.disputed})` : m.name;
		groups.set(side, [...(groups.get(side) ?? []), name]);
	}
	for (const side of SIDES) {
		const names = groups.get(side);
		if (names)
			out.push(`${MARKED_HELD[side][locale]}${w.colon} ${listOf(names, exploreWords(locale))}.`);
	}
	const others = groups.get(null);
	if (others) {
		const heading = groups.size > 1 ? w.otherMarked : w.marked;
		out.push(`${heading}${w.colon} ${listOf(others, exploreWords(locale))}.`);
	}
	if (facts.control && facts.counts.size) {
		const parts = SIDES.filter((s) => facts.counts.has(s)).map(
			(s) => `${SIDE_WORDS[s][locale]} ${n(facts.counts.get(s)!)}`
		);
		out.push(w.counts(parts.join(locale === 'ar' ? '، ' : ', ')));
	}
	if (facts.areas) out.push(w.areas);
	for (const a of facts.arrows) out.push(w.arrow(a.from, a.to));
	if (facts.approx) out.push(w.approx(n(facts.approx)));
	if (facts.locator) out.push(w.locator);
	return out.join(' ');
}
