import { chartFacts, type ChartFacts } from '$lib/charts/chartAlt';
import type { Place } from '$lib/data/types';
import type { MapController } from '$geo/control';
import { mapFacts, type MapFacts } from '$geo/mapAlt';
import type { ChartData } from '$lib/server/chartData';
import type { MapData } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import type { StepState } from '$story/types';

/**
 * Checks a step's human alt (the sentence an editor wrote) against what the step's
 * graphic draws: the same facts the generated part of the alt is written from. Each
 * problem is `rule: detail`; the rules are the kinds of error the copy desk found
 * (editorial-check.md M10–M14, N6–N11):
 *
 * - `arrows`: arrows or convoys named on a map that draws none, "arrows" for one
 *   arrow, or an arrow going somewhere the drawn one does not;
 * - `marked`: a place said to be marked (highlighted) that the map does not mark;
 * - `control`: a place said to be (or have turned) government-held, surrendered,
 *   rebel-held or IS-held that is not so on the step's date;
 * - `term`: "reconciled", where the map's key says "surrendered under a deal";
 * - `count`: a number the chart does not draw;
 * - `counter`: a counter (the Observatory, SNHR…) the chart does not draw, or, for
 *   an alt that goes "by source", a counter with a count by then that it leaves out;
 * - `range`: a range or band on a chart that draws none;
 * - `timeline`: more (or fewer) events said to be marked than the timeline rings.
 */
export interface AltContext {
	map: MapData;
	charts: ChartData;
	places: readonly Place[];
}

const MONTHS =
	'january|february|march|april|may|june|july|august|september|october|november|december|' +
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
	'كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|' +
	'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';

/**
 * Arabic counts in words, both genders (سبع قرى, سبعة مسلحين), as normalize() leaves
 * them (no hamza or vowel marks); a leading «و» ("and") is taken off before the look-up.
 */
const ARABIC_NUMBER_WORDS: Record<string, number> = {
	اثنان: 2,
	اثنتان: 2,
	اثنين: 2,
	اثنتين: 2,
	ثلاث: 3,
	ثلاثة: 3,
	اربع: 4,
	اربعة: 4,
	خمس: 5,
	خمسة: 5,
	ست: 6,
	ستة: 6,
	سبع: 7,
	سبعة: 7,
	ثماني: 8,
	ثمانية: 8,
	تسع: 9,
	تسعة: 9,
	عشر: 10,
	عشرة: 10
};

const NUMBER_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16,
	'dix-sept': 17,
	'dix-huit': 18,
	'dix-neuf': 19,
	vingt: 20
};

/** Lower case, no accents, one apostrophe, French "ch" as English "sh": names match across spellings. */
export function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/ch/g, 'sh');
}

interface Found {
	/** Places the name may mean (Nassib is the village and the crossing). */
	ids: string[];
	at: number;
	/** Written after a word of place ("near", "on the … edge"): a landmark, not what is described. */
	locative: boolean;
}

/** The names a place can be written with in an alt. */
function namesOf(place: Place): string[] {
	const names = new Set<string>();
	for (const name of [
		place.name.en,
		place.name.fr,
		place.name.ar,
		...place.alt_names,
		place.id.replace(/-/g, ' ')
	]) {
		const n = normalize(name).trim();
		// Arabic names are short (نوى, حيط): three letters are enough to be a name.
		if (n.length < (/^\p{Script=Arabic}/u.test(n) ? 3 : 4)) continue;
		names.add(n);
		if (n.startsWith('al-')) names.add(n.slice(3));
	}
	return [...names];
}

/** Places named in a text, longest names first so "Daraa al-Balad" is not also "Daraa". */
function findPlaces(text: string, places: readonly Place[]): Found[] {
	const byName = new Map<string, string[]>();
	for (const p of places)
		for (const name of namesOf(p)) byName.set(name, [...(byName.get(name) ?? []), p.id]);
	const candidates = [...byName].sort(([a], [b]) => b.length - a.length);
	const whole = normalize(text);
	let rest = whole;
	const found: Found[] = [];
	for (const [name, ids] of candidates) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		// Arabic writes «و» (and), «ب» (at), «ل» (to) and «ف» joined to the name after them.
		const prefix = /^\p{Script=Arabic}/u.test(name) ? '(?:[وفبل]{1,2})?' : '';
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${prefix}${escaped}(?![\\p{L}\\p{N}-])`, 'gu');
		rest = rest.replace(pattern, (match, at: number) => {
			found.push({ ids, at, locative: LOCATIVE.test(whole.slice(0, at)) });
			return ' '.repeat(match.length);
		});
	}
	return found.sort((a, b) => a.at - b.at);
}

/** Words that make the name after them a landmark ("near Nasib", "on the Quneitra edge"). */
const LOCATIVE =
	/\b(?:near|around|along|toward|towards|above|below|beyond|on|en bordure de|pres de|autour de|le long de|vers|sur)\s+(?:the\s+|de\s+|d'|du\s+|la\s+|le\s+)?(?:[a-z]+\s+)?$|(?:قرب|حول|بمحاذاة|نحو|امتداد|اطراف|فوق|خلف|على|القريب من|المحيطة|المطلة على|الى)\s+$/u;

/** Arabic has no capitals: a sentence ends at its full stop or question mark. */
function sentences(text: string): string[] {
	return text.split(/(?<=[.!?])\s+(?=\p{Lu})|(?<=[.؟])\s+(?=\p{Script=Arabic})/u);
}

const SEGMENT = /[,;:،؛]/;

interface Claim {
	at: number;
	end: number;
	sides: MapController[];
	/** A participle after a name ("Heet, taken by the group"): about that name alone. */
	nearest: boolean;
}

/** Phrases that say who holds a place, in both editions (on normalized text). */
const CLAIMS: { pattern: RegExp; sides: MapController[]; nearest?: boolean }[] = [
	{
		pattern:
			/under government control or (?:reconciled|surrendered)[^,;:.]*|sous controle gouvernemental ou « ?reconcilie\w* ?»/g,
		sides: ['government', 'reconciled']
	},
	{
		pattern:
			/held by the government or (?:has |have )?surrendered under deals?|tenue?s? par le regime ou (?:s'est|se sont) rendue?s? par accord/g,
		sides: ['government', 'reconciled']
	},
	{
		pattern:
			/(?:under|to) government control|government-held|held by the government|passed to the government|sous controle gouvernemental|passee? au regime|tenue?s? par le regime/g,
		sides: ['government', 'reconciled']
	},
	{
		pattern:
			/\breconciled\b|surrendered under (?:a |the )?deals?|« ?reconcilie\w* ?»|reconcilie\w*|rendue?s? par accord/g,
		sides: ['reconciled']
	},
	{
		pattern:
			/\brebel-held\b|\brebels? (?:still |only )?hold|\brebel (?:area|strip|territory)|\bleaving rebels\b|les rebelles (?:ne )?tiennent|zones? rebelles?|bande rebelle/g,
		sides: ['rebels']
	},
	{
		pattern:
			/held by (?:the )?khalid ibn al-walid army|held by an? (?:islamic state|is) affiliate|tenue?s? par (?:l'|un )?(?:armee khaled|affilie)/g,
		sides: ['jkw']
	},
	{ pattern: /taken by the group|pris par le groupe/g, sides: ['jkw'], nearest: true },
	{ pattern: /marked as contested|signalee? comme disputee?/g, sides: ['contested'] },
	// Arabic, as normalize() writes it (no hamza, no tanwin).
	{
		pattern: /بيد الحكومة او (?:استسلم\S*|مستسلمة) بموجب اتفاق\S*/g,
		sides: ['government', 'reconciled']
	},
	{
		pattern:
			/(?:الى|تحت) سيطرة الحكومة|بيد الحكومة|مناطق (?:تسيطر عليها الحكومة|سيطرة الحكومة)|الى الحكومة/g,
		sides: ['government', 'reconciled']
	},
	{
		pattern: /استسلم\S*(?: [^،؛:.\s]+){0,4} بموجب (?:ال)?اتفاق\S*/g,
		sides: ['reconciled']
	},
	{
		pattern: /بيد المعارضة|مناطق (?:تسيطر عليها المعارضة|سيطرة المعارضة)|الخاضعة? لسيطرة المعارضة/g,
		sides: ['rebels']
	},
	{ pattern: /يسيطر عليها? جيش خالد بن الوليد|بيد فرع التنظيم/g, sides: ['jkw'] },
	{ pattern: /سيطر عليها الفصيل/g, sides: ['jkw'], nearest: true },
	{ pattern: /متنازعا? عليها/g, sides: ['contested'] }
];

/** "turned from rebel-held to reconciled": only where it ended counts. */
const FROM_SIDE = /from rebel-held|du controle rebelle|من المعارضة/g;

function claimsIn(sentence: string): Claim[] {
	let rest = sentence.replace(FROM_SIDE, (m) => ' '.repeat(m.length));
	const claims: Claim[] = [];
	for (const { pattern, sides, nearest = false } of CLAIMS) {
		rest = rest.replace(pattern, (match, at: number) => {
			claims.push({ at, end: at + match.length, sides, nearest });
			return ' '.repeat(match.length);
		});
	}
	return claims.sort((a, b) => a.at - b.at);
}

/**
 * The places a claim is about: those named before it in its sentence, back to the
 * segment (between commas, semicolons, colons) of the claim before it.
 */
function subjects(sentence: string, claim: Claim, claims: Claim[], found: Found[]): Found[] {
	const starts = [...sentence.slice(0, claim.at).matchAll(new RegExp(SEGMENT, 'g'))];
	const own = (starts.at(-1)?.index ?? -1) + 1;
	const named = (from: number) =>
		found.filter((f) => f.at >= from && f.at < claim.at && !f.locative);
	// The names in the claim's own segment; when it has none ("the town turns to…"), those
	// before it in the sentence, unless another claim came first (its names are its own).
	const inOwn = named(own);
	const earlier = claims.some((c) => c.end <= claim.at);
	const about = inOwn.length || earlier ? inOwn : named(0);
	// Arabic puts the verb first («استسلم معبر نصيب بموجب الاتفاق»): names inside the claim are its subject.
	const inside = found.filter((f) => f.at >= claim.at && f.at < claim.end && !f.locative);
	return claim.nearest ? about.slice(-1) : [...about, ...inside];
}

/** The names said to be marked in a sentence (normalized), or null when it says none is. */
function markedSegment(sentence: string, locale: Locale): string | null {
	if (
		/\bnot (?:marked|highlighted)\b|\bunmarked\b|\bpas (?:marquee?s?|signalee?s?)\b|لا (?:تظهر|يظهر)/.test(
			sentence
		)
	)
		return null;
	if (locale === 'ar') {
		// «يظهر عليها …» / «تظهر عليها …»: what the map shows on it, to the end of the clause.
		const shown = /(?:يظهر|تظهر) (?:عليها|فيها) (.*?)(?:[.؛:]|$)/.exec(sentence);
		return shown ? shown[1]! : null;
	}
	if (locale === 'en') {
		const withMarked = /\bwith\b((?:(?!\bwith\b).)*?)\bmarked\b/.exec(sentence);
		if (withMarked) return withMarked[1]!;
		const marking = /\bmarking (?:where )?(.*)$/.exec(sentence);
		if (marking) return marking[1]!;
		const plain = /^(.*?)\b(?:is |are )?(?:marked|highlighted)\b/.exec(sentence);
		if (plain)
			return (
				plain[1]!
					.split(/\bwith\b|[,;:]/)
					.filter((s) => s.trim())
					.at(-1) ?? ''
			);
		return null;
	}
	const after = /\bou (?:sont|est) signalee?s? (.*?)(?:[.;]|$)/.exec(sentence);
	if (after) return after[1]!;
	const before = /^(.*?)\s(?:est|sont) (?:signalee?s?|marquee?s?|mise?s? en evidence)/.exec(
		sentence
	);
	if (before)
		return (
			before[1]!
				.split(/\bou\b|\bavec\b|[,;:]/)
				.filter((s) => s.trim())
				.at(-1) ?? ''
		);
	return null;
}

/** Numbers a sentence states, leaving out dates, years and names like Su-22. */
function numbersIn(text: string): number[] {
	const plain = normalize(text)
		.replace(/\b[a-z]+-\d+\b/g, ' ')
		.replace(
			new RegExp(
				`(?<![\\d])\\d{1,2}(?:er)?(?:\\s*(?:and|to|–|-|au|et|الى|و)\\s*\\d{1,2}(?:er)?)?\\s+(?:${normalize(MONTHS)})(?![\\p{L}])`,
				'gu'
			),
			' '
		)
		.replace(/\b(?:19|20)\d\d\b/g, ' ');
	const numbers: number[] = [];
	for (const m of plain.matchAll(/\d+(?:[ ,]\d{3})*(?:\.\d+)?/g)) {
		numbers.push(Number(m[0].replace(/[ ,]/g, '')));
	}
	for (const m of plain.matchAll(/[a-z-]+/g)) {
		const n = NUMBER_WORDS[m[0]];
		if (n !== undefined) numbers.push(n);
	}
	for (const m of plain.matchAll(/\p{Script=Arabic}+/gu)) {
		const n = ARABIC_NUMBER_WORDS[m[0]] ?? ARABIC_NUMBER_WORDS[m[0].replace(/^و/, '')];
		if (n !== undefined) numbers.push(n);
	}
	return numbers;
}

/** Counters an alt names, as the charts label them. */
const COUNTERS: [RegExp, string][] = [
	[/syrian observatory|\bobservatory\b|\bsohr\b|\bosdh\b/, 'SOHR'],
	[/syrian network for human rights|reseau syrien des droits de l'homme|\bsnhr\b/, 'SNHR'],
	[
		/daraa martyrs documentation office|bureau de documentation des martyrs/,
		'Daraa Martyrs Documentation Office'
	],
	[/wikipedia/, 'Wikipedia'],
	[/\bocha\b/, 'UN OCHA'],
	[/المرصد/, 'SOHR'],
	[/الشبكة السورية لحقوق الانسان/, 'SNHR'],
	[/مكتب توثيق الشهداء/, 'Daraa Martyrs Documentation Office'],
	[/ويكيبيديا/, 'Wikipedia'],
	[/اوتشا/, 'UN OCHA']
];

const WINDS: Record<Locale, string[]> = {
	en: ['east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'north', 'north-east'],
	fr: ['est', 'sud-est', 'sud', 'sud-ouest', 'ouest', 'nord-ouest', 'nord', 'nord-est'],
	ar: [
		'الشرق',
		'الجنوب الشرقي',
		'الجنوب',
		'الجنوب الغربي',
		'الغرب',
		'الشمال الغربي',
		'الشمال',
		'الشمال الشرقي'
	]
};

/** Arrows and convoys, and arrows (more than one), as each edition writes them (normalized). */
const ARROW: Record<Locale, { any: RegExp; plural: RegExp }> = {
	en: { any: /\barrows?\b|\bconvoys?\b/, plural: /\barrows\b/ },
	fr: { any: /\bfleshes?\b|\bconvois?\b/, plural: /\bfleshes\b/ },
	ar: { any: /سهم|اسهم|قافلة|قوافل/, plural: /اسهم/ }
};

/** The winds an arrow points to, within 35° (angles clockwise from east, as on screen). */
function compass(angle: number, locale: Locale): string[] {
	return WINDS[locale].filter((_, i) => {
		const off = Math.abs(((((angle - i * 45) % 360) + 540) % 360) - 180);
		return off <= 35;
	});
}

function mapProblems(
	human: string,
	state: StepState,
	locale: Locale,
	context: AltContext,
	facts: MapFacts
): string[] {
	const problems: string[] = [];
	const text = normalize(human);
	const wholes = new Map(
		context.map.places.flatMap((p) => (p.parts ?? []).map((part) => [part.id, p.id] as const))
	);
	const marked = new Set(facts.marked.map((m) => m.id));
	const whole = (id: string) => wholes.get(id) ?? id;
	const border = context.map.events
		.filter((e) => state.highlight.includes(e.id) && e.type === 'border')
		.flatMap((e) => e.places);

	// Arrows and convoys.
	const { any: arrow, plural } = ARROW[locale];
	if (arrow.test(text)) {
		if (!facts.arrows.length) problems.push('arrows: the map draws no arrow');
		else {
			if (plural.test(text) && facts.arrows.length < 2)
				problems.push(`arrows: says arrows, the map draws ${facts.arrows.length}`);
			// The arrow's destination, or the way it points ("points north").
			const words = facts.arrows.flatMap((a) => [normalize(a.to), ...compass(a.angle, locale)]);
			const named = words.some((word) =>
				new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'u').test(text)
			);
			if (!named)
				problems.push(
					`arrows: the arrow drawn goes to ${facts.arrows.map((a) => a.to).join(', ')}`
				);
		}
	}
	// "Reconciled" is not what the map's key calls it.
	if (/reconcil|مصالحة/.test(text))
		problems.push('term: "reconciled"; the key says "surrendered under a deal"');

	for (const sentence of sentences(human).map(normalize)) {
		const found = findPlaces(sentence, context.places);
		// Places said to be marked.
		const segment = markedSegment(sentence, locale);
		if (segment !== null) {
			// "The area near Saida al-Golan": a landmark need not be marked itself.
			for (const f of findPlaces(segment, context.places).filter((f) => !f.locative)) {
				if (!f.ids.some((id) => marked.has(whole(id))))
					problems.push(`marked: ${f.ids.join(' or ')} is not marked`);
			}
		}
		// Who holds the places named.
		if (!facts.control) continue;
		const claims = claimsIn(sentence);
		for (const claim of claims) {
			const about = subjects(sentence, claim, claims, found).map((f) => f.ids);
			if (/border posts|postes-frontieres/.test(sentence.slice(0, claim.at)))
				about.push(...border.map((id) => [id]));
			for (const ids of about) {
				// Only what the map draws with a side (a marker or an area) can contradict it.
				const held = ids.flatMap((id) => {
					const c = facts.held.get(whole(id));
					return c ? [{ id, controller: c }] : [];
				});
				if (held.length && !held.some((h) => claim.sides.includes(h.controller)))
					problems.push(
						`control: ${held.map((h) => `${h.id} is ${h.controller}`).join(', ')}, not ${claim.sides.join(' or ')}`
					);
			}
		}
	}
	return problems;
}

function chartProblems(
	human: string,
	locale: Locale,
	facts: ChartFacts,
	graphic: string
): string[] {
	const problems: string[] = [];
	const text = normalize(human);
	const drawn = new Set(facts.numbers);
	for (const n of numbersIn(human)) {
		if (!drawn.has(n)) problems.push(`count: ${n} is not a number the chart draws`);
	}
	const named = COUNTERS.filter(([pattern]) => pattern.test(text)).map(([, counter]) => counter);
	for (const counter of named) {
		if (!facts.counters.includes(counter)) problems.push(`counter: ${counter} is not drawn`);
	}
	if (/\bby source\b|\bper source\b|\bpar source\b|بحسب المصدر|لكل مصدر/.test(text)) {
		for (const counter of facts.current) {
			if (!named.includes(counter)) problems.push(`counter: ${counter} is drawn but not named`);
		}
	}
	if (
		/\brange\b|\bband\b|fourshette|\bbande\b|intervalle|نطاق|يمتد شريط|شريط (?:بين|يمتد)/.test(
			text
		) &&
		!facts.range
	) {
		problems.push('range: the chart draws no range');
	}
	if (graphic === 'timeline') {
		const list =
			locale === 'en'
				? /\bwith (.*) marked\b/.exec(text)?.[1]
				: /\bou figurent (.*?)(?:\.|$)/.exec(text)?.[1];
		if (list) {
			const items = list.split(/,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+/).filter((s) => s.trim());
			if (items.length !== facts.ringed)
				problems.push(`timeline: ${items.length} events said marked, ${facts.ringed} ringed`);
		}
	}
	return problems;
}

/** Everything a step's human alt says that its graphic does not draw (empty when true). */
export function altProblems(
	human: string,
	state: StepState,
	locale: Locale,
	context: AltContext
): string[] {
	if (state.graphic === 'map') {
		return mapProblems(human, state, locale, context, mapFacts(context.map, state, locale));
	}
	return chartProblems(human, locale, chartFacts(context.charts, state, locale), state.graphic);
}
