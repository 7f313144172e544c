import type { ChartData } from '$lib/server/chartData';
import { formatDate, formatFigure, formatNumber } from '$story/format';
import type { ChartId, Locale } from '$story/registry';
import type { StepState } from '$story/types';
import { CHART_COPY, counterLabel } from './copy';
// The alts are written on the server, in every edition.
import './arabicCopy';
import { convoysBy, totalBy } from './evacuations';
import { hostageTally, reportedHeldOn } from './hostages';
import { pocketDay } from './pocket';
import type { Estimate } from './series';
import { dealsBy, shareOn } from './controlShare';
import { estimatesOn } from './displacement';
import { LANES, eventsIn, eventsOn, timelineWindow } from './timeline';

/**
 * What a step's chart draws on the step's date, as facts and as words, from the same
 * functions the chart components draw with: the numbers it shows, who counted them,
 * and whether it draws a range. The text alternative's state part is these words; a
 * test checks the human sentence against these facts.
 */
export interface ChartFacts {
	/** Every number the chart draws (values, ends of ranges, tallies), for checking prose. */
	numbers: number[];
	/** Who counted the numbers drawn (SOHR, SNHR…), as the chart labels them. */
	counters: string[];
	/** Those of them with a number published on or before the step's date. */
	current: string[];
	/** The chart draws a band or range between estimates. */
	range: boolean;
	/** Marks the chart rings as under way on the date (timeline). */
	ringed: number;
	/** The state in words. */
	text: string;
}

const WORDS = {
	en: {
		on: (date: string) => `On ${date}`,
		timeline: (n: string, ringed: string, from: string, to: string) =>
			`The timeline shows ${n} events from ${from} to ${to}; ${ringed} under way on the story date are ringed and later ones are faint.`,
		displacement: (date: string, list: string) =>
			`The latest estimates of people displaced, on ${date}: ${list}. A band spans the lowest to the highest estimate each day.`,
		noEstimate: 'No estimate of people displaced had been published yet.',
		share: (date: string, value: string, deals: string) =>
			`The monitors’ last reading of the government’s share of Daraa, on ${date}: ${value}. Surrender deals marked by then: ${deals}.`,
		deaths: (list: string) => `Civilian death counts published by then: ${list}.`,
		later: (n: string) => `${n} later counts are faint.`,
		tolls: (n: string, from: string, to: string, low: string, high: string, floor: string) =>
			`${n} tolls of the Sweida attacks, published between ${from} and ${to}, ranging from ${low} to ${high}; a line marks ${floor}.`,
		convoys: (n: string, total: string) =>
			`${n} reports of people on convoys north published by then${total}.`,
		total: (t: string) => `; total so far ${t}`,
		hostages: (abducted: string, list: string) => `Of the ${abducted} people abducted: ${list}.`,
		reported: (list: string) => `Reported still held: ${list}.`,
		pocket: (held: string, range: string) =>
			`The IS affiliate holds ${held} localities by the control table${range}.`,
		pocketRange: (low: string, high: string) => ` (${low} to ${high} across disputed dates)`,
		pocketReported: (list: string) => `Counts sources reported by then: ${list}.`,
		states: {
			held: 'held',
			escaped: 'escaped',
			died: 'died in captivity',
			killed: 'killed by IS',
			unaccounted: 'not accounted for',
			freed: (date: string) => `freed on ${date}`
		},
		nothing: 'none yet'
	},
	fr: {
		on: (date: string) => `Le ${date}`,
		timeline: (n: string, ringed: string, from: string, to: string) =>
			`La frise montre ${n} événements du ${from} au ${to}\u202f; les ${ringed} en cours à la date du récit sont entourés, les suivants estompés.`,
		displacement: (date: string, list: string) =>
			`Dernières estimations des déplacés, le ${date}\u202f: ${list}. Une bande va de la plus basse à la plus haute estimation de chaque jour.`,
		noEstimate: 'Aucune estimation des déplacés n’est encore publiée.',
		share: (date: string, value: string, deals: string) =>
			`Dernier relevé des observateurs de la part de Deraa tenue par le gouvernement, le ${date}\u202f: ${value}. Accords de reddition marqués à cette date\u202f: ${deals}.`,
		deaths: (list: string) => `Bilans de civils tués publiés à cette date\u202f: ${list}.`,
		later: (n: string) => `${n} bilans ultérieurs sont estompés.`,
		tolls: (n: string, from: string, to: string, low: string, high: string, floor: string) =>
			`${n} bilans des attaques de Soueida, publiés entre le ${from} et le ${to}, allant de ${low} à ${high}\u202f; une ligne marque ${floor}.`,
		convoys: (n: string, total: string) =>
			`${n} décomptes de personnes évacuées par convoi publiés à cette date${total}.`,
		total: (t: string) => `\u202f; total à cette date\u202f: ${t}`,
		hostages: (abducted: string, list: string) =>
			`Sur les ${abducted} personnes enlevées\u202f: ${list}.`,
		reported: (list: string) => `Encore otages selon les sources\u202f: ${list}.`,
		pocket: (held: string, range: string) =>
			`L’affilié de l’EI tient ${held} localités selon la table de contrôle${range}.`,
		pocketRange: (low: string, high: string) => ` (de ${low} à ${high} selon les dates contestées)`,
		pocketReported: (list: string) => `Décomptes des sources à cette date\u202f: ${list}.`,
		states: {
			held: 'otages',
			escaped: 'évadées',
			died: 'mortes en captivité',
			killed: 'tués par l’EI',
			unaccounted: 'au sort inconnu',
			freed: (date: string) => `libérés le ${date}`
		},
		nothing: 'aucun pour l’instant'
	},
	ar: {
		on: (date: string) => `في ${date}`,
		timeline: (n: string, ringed: string, from: string, to: string) =>
			`يُظهر الخط الزمني أحداثاً عددها ${n} من ${from} إلى ${to}؛ وتحيط دائرة بالأحداث الجارية في تاريخ القصة (${ringed})، فيما تظهر الأحداث اللاحقة باهتة.`,
		displacement: (date: string, list: string) =>
			`أحدث تقديرات عدد النازحين، في ${date}: ${list}. ويمتد شريط من أدنى تقدير إلى أعلاه في كل يوم.`,
		noEstimate: 'لم يكن أي تقدير لعدد النازحين قد نُشر بعد.',
		share: (date: string, value: string, deals: string) =>
			`آخر قراءة لمنظمات الرصد لحصة الحكومة من مساحة درعا، في ${date}: ${value}. اتفاقات الاستسلام المعلَّمة حتى ذلك التاريخ: ${deals}.`,
		deaths: (list: string) => `حصائل القتلى المدنيين المنشورة حتى ذلك التاريخ: ${list}.`,
		later: (n: string) => `حصائل لاحقة عددها ${n} تظهر باهتة.`,
		tolls: (n: string, from: string, to: string, low: string, high: string, floor: string) =>
			`حصائل لقتلى هجمات السويداء نُشرت بين ${from} و${to} وعددها ${n}، من ${low} إلى ${high}؛ ويحدد خط ${floor}.`,
		convoys: (n: string, total: string) =>
			`أعداد منشورة حتى ذلك التاريخ لمن نُقلوا في قوافل إلى الشمال: ${n}${total}.`,
		total: (t: string) => `؛ والمجموع حتى تاريخه ${t}`,
		hostages: (abducted: string, list: string) => `من بين المخطوفين الـ${abducted}: ${list}.`,
		reported: (list: string) => `المحتجزون بحسب التقارير: ${list}.`,
		pocket: (held: string, range: string) =>
			`يسيطر فرع التنظيم على بلدات وقرى عددها ${held} بحسب جدول السيطرة${range}.`,
		pocketRange: (low: string, high: string) =>
			` (من ${low} إلى ${high} بحسب التواريخ المتنازع عليها)`,
		pocketReported: (list: string) => `الأعداد التي أوردتها المصادر حتى ذلك التاريخ: ${list}.`,
		states: {
			held: 'لا يزالون محتجزين',
			escaped: 'فرّوا',
			died: 'توفوا في الأسر',
			killed: 'قتلهم التنظيم',
			unaccounted: 'مصيرهم مجهول',
			freed: (date: string) => `أُفرج عنهم في ${date}`
		},
		nothing: 'لا شيء حتى الآن'
	}
} satisfies Record<Locale, unknown>;

/** Between items of a list, and before a clause: Arabic has its own comma and semicolon. */
const COMMA: Record<Locale, string> = { en: ', ', fr: ', ', ar: '، ' };
const SEMICOLON: Record<Locale, string> = { en: '; ', fr: '\u202f; ', ar: '؛ ' };

function figure(e: Estimate, unit: string, locale: Locale): string {
	return formatFigure({ ...e, ref: '', unit, sources: [] }, locale);
}

/** Who counted the estimates (those published by `date`, when given), each once. */
function countersOf(estimates: readonly Estimate[], date?: string): string[] {
	return [...new Set(estimates.filter((e) => !date || e.date <= date).map((e) => e.counter))];
}

function numbersOf(estimates: readonly Estimate[]): number[] {
	return estimates.flatMap((e) => [e.value, e.low, e.high]);
}

/** The facts of a step's chart on the step's date (see ChartFacts). */
export function chartFacts(charts: ChartData, state: StepState, locale: Locale): ChartFacts {
	const w = WORDS[locale];
	const n = (v: number) => formatNumber(v, locale);
	const d = (iso: string) => formatDate(iso, locale);
	const date = state.date;
	const id = state.graphic as ChartId;
	// "OCHA (ONU)" inside parentheses would nest them.
	const who = (counter: string) =>
		counterLabel(counter, locale).replace(/ \((.+)\)$/, `${COMMA[locale]}$1`);
	const by = (e: Estimate) => `${figure(e, 'people', locale)} (${who(e.counter)})`;
	const semicolon = SEMICOLON[locale];
	const comma = COMMA[locale];
	switch (id) {
		case 'timeline': {
			const window = timelineWindow(date);
			const shown = eventsIn(charts.timeline, window);
			const now = eventsOn(charts.timeline, date).filter((e) => shown.includes(e));
			return {
				numbers: [shown.length, now.length, LANES.length],
				counters: [],
				current: [],
				range: false,
				ringed: now.length,
				text: w.timeline(n(shown.length), n(now.length), d(window.from), d(window.to))
			};
		}
		case 'displacement': {
			const data = charts.displacement;
			const latest = estimatesOn(data, date);
			return {
				numbers: numbersOf(data.estimates),
				counters: countersOf(data.estimates),
				current: countersOf(data.estimates, date),
				range: true,
				ringed: 0,
				text: latest.length
					? w.displacement(d(latest[0]!.date), latest.map(by).join(comma))
					: w.noEstimate
			};
		}
		case 'control-share': {
			const data = charts.controlShare;
			const now = shareOn(data, date);
			const value = now
				? formatFigure(
						{
							ref: '',
							value: now.value,
							low: now.value,
							high: now.value,
							unit: 'percent',
							bound: now.atLeast ? 'at-least' : 'exact',
							date: now.date,
							sources: []
						},
						locale
					)
				: w.nothing;
			return {
				numbers: [...numbersOf(data.readings), ...data.steps.map((s) => s.value)],
				counters: countersOf(data.readings),
				current: countersOf(data.readings, date),
				range: false,
				ringed: 0,
				text: w.share(now ? d(now.date) : d(date), value, n(dealsBy(data, date).length))
			};
		}
		case 'civilian-deaths': {
			const data = charts.civilianDeaths;
			const known = data.counts.filter((c) => c.date <= date);
			const latest = new Map<string, Estimate>();
			for (const c of known) latest.set(`${c.counter}|${c.scope}`, c);
			const later = data.counts.length - known.length;
			const list = [...latest.values()].map((e) => `${by(e)}${comma}${d(e.date)}`);
			return {
				numbers: numbersOf(data.counts),
				counters: countersOf(data.counts),
				current: countersOf(data.counts, date),
				range: false,
				ringed: 0,
				text: [
					w.deaths(list.length ? list.join(semicolon) : w.nothing),
					later ? w.later(n(later)) : ''
				]
					.filter(Boolean)
					.join(' ')
			};
		}
		case 'sweida-toll': {
			// The step tells how the tolls grew for weeks: the chart draws every one published.
			const data = charts.sweidaToll;
			const values = data.dots.flatMap((e) => [e.low, e.high]);
			const floor = CHART_COPY[locale].sweidaToll.floor(n(data.floor));
			return {
				numbers: [...numbersOf(data.dots), data.floor],
				counters: countersOf(data.dots),
				current: countersOf(data.dots),
				range: false,
				ringed: 0,
				text: data.dots.length
					? w.tolls(
							n(data.dots.length),
							d(data.dots[0]!.date),
							d(data.dots.at(-1)!.date),
							n(Math.min(...values)),
							n(Math.max(...values)),
							floor
						)
					: w.nothing
			};
		}
		case 'evacuations': {
			const data = charts.evacuations;
			const known = convoysBy(data, date);
			const total = totalBy(data, date);
			return {
				numbers: [...numbersOf(data.reports), ...numbersOf(data.totals), known.length],
				counters: countersOf(data.reports),
				current: countersOf(data.reports, date),
				range: false,
				ringed: 0,
				text: w.convoys(n(known.length), total ? w.total(by(total)) : '')
			};
		}
		case 'hostages': {
			const data = charts.hostages;
			const tally = hostageTally(data, date);
			const parts: string[] = [];
			const order = ['held', 'escaped', 'died', 'killed', 'unaccounted'] as const;
			for (const key of order) {
				const count = tally.get(key) ?? 0;
				if (count || key === 'held') parts.push(`${n(count)} ${w.states[key]}`);
			}
			for (const [key, count] of tally) {
				if (key.startsWith('freed:')) parts.push(`${n(count)} ${w.states.freed(d(key.slice(6)))}`);
			}
			const reported = reportedHeldOn(data, date);
			const text = [
				`${w.on(d(date))}${comma}${w.hostages(n(data.abducted), parts.join(comma)).replace(/^./, (c) => c.toLowerCase())}`,
				reported.length ? w.reported(reported.map(by).join(comma)) : ''
			];
			return {
				numbers: [data.abducted, ...tally.values(), ...numbersOf(reported)],
				counters: [...new Set([...data.abductedBy, ...countersOf(data.reported)])],
				current: [...new Set([...data.abductedBy, ...countersOf(reported)])],
				range: false,
				ringed: 0,
				text: text.filter(Boolean).join(' ')
			};
		}
		case 'pocket': {
			const data = charts.pocket;
			const today = pocketDay(data.places, date);
			const reported = data.reported.filter((r) => r.date <= date);
			const range = today.low !== today.high ? w.pocketRange(n(today.low), n(today.high)) : '';
			const text = [
				`${w.on(d(date))}${comma}${w.pocket(n(today.held), range).replace(/^./, (c) => c.toLowerCase())}`,
				reported.length
					? w.pocketReported(
							reported
								.map((r) => `${n(r.value)} (${who(r.counter)}${comma}${d(r.date)})`)
								.join(semicolon)
						)
					: ''
			];
			return {
				numbers: [
					today.held,
					today.low,
					today.high,
					...data.days.map((x) => x.held),
					...numbersOf(data.reported)
				],
				counters: countersOf(data.reported),
				current: countersOf(data.reported, date),
				range: true,
				ringed: 0,
				text: text.filter(Boolean).join(' ')
			};
		}
	}
}
