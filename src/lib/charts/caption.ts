import type { ChartData } from '$lib/server/chartData';
import { formatNumber, formatShortDate } from '$story/format';
import type { ChartId, Locale } from '$story/registry';
import { highestBy } from './civilianDeaths';
import { CHART_COPY, counterLabel } from './copy';
import { peakEstimate } from './displacement';
import { finalTotal } from './evacuations';
import {
	hostageKeys,
	hostageTally,
	reportedHeldOn,
	type HostagesData,
	type HostageState
} from './hostages';
import { COLOURS } from './scales';
import { formatPeople } from './series';
import type { SourceRef, SourceSummary } from './sources';
import { symbolPaint, symbolPath, type SymbolShape } from './symbol';
import { LANE_LOOK, LANES, eventsIn, timelineWindow } from './timeline';

/**
 * What a chart says around its drawing (title, takeaway, key, source line), built
 * from the chart's data and copy: the chart components take their title and takeaway
 * from here, and a share card, shown out of context, sets all four around the drawing
 * so it says how many of what it shows, and whose numbers they are.
 */

/** One mark of a key's swatch: a path, or a glyph. */
type SwatchMark =
	| {
			d: string;
			fill: string;
			stroke?: string;
			strokeWidth?: number;
			dash?: string;
			opacity?: number;
	  }
	| { text: string; x: number; y: number; size: number; fill: string };

export interface Swatch {
	width: number;
	height: number;
	marks: SwatchMark[];
}

export interface LegendItem {
	/** None for a line of words in the key (the counts sources reported). */
	swatch: Swatch | null;
	text: string;
}

export interface ChartCaption {
	title: string;
	takeaway: string;
	legend: LegendItem[];
	source: string;
}

function symbol(shape: SymbolShape, colour: string, size = 10, r?: number): Swatch {
	const paint = symbolPaint(shape, colour);
	return {
		width: size,
		height: size,
		marks: [
			{
				d: symbolPath(shape, size / 2, size / 2, r ?? 4),
				fill: paint.fill,
				stroke: paint.stroke,
				strokeWidth: paint.strokeWidth
			}
		]
	};
}

const line = (colour: string): Swatch => ({
	width: 16,
	height: 10,
	marks: [{ d: 'M0,5H16', fill: 'none', stroke: colour, strokeWidth: 2.5 }]
});

const band = (colour: string): Swatch => ({
	width: 14,
	height: 10,
	marks: [{ d: 'M0,0H14V10H0Z', fill: colour, opacity: 0.18 }]
});

/**
 * A hostage's square in the waffle, `s` px wide at (x, y), for a key ('held', 'escaped',
 * 'freed:<date>'…): the fill and edge, and the mark inside that tells states apart
 * without colour. `firstRelease` is the first release day (its square is plain).
 */
export function hostageSquare(
	key: string,
	x: number,
	y: number,
	s: number,
	firstRelease: string | undefined
): SwatchMark[] {
	const g = Math.max(1, s * 0.08);
	const STYLE: Record<string, { fill: string; stroke: string }> = {
		held: { fill: '#3b3a36', stroke: '#3b3a36' },
		escaped: { fill: '#fff', stroke: COLOURS.orange },
		died: { fill: '#a9a69f', stroke: '#6b6a66' },
		killed: { fill: COLOURS.vermillion, stroke: COLOURS.vermillion },
		unaccounted: { fill: '#fff', stroke: '#6b6a66' }
	};
	const first = key === `freed:${firstRelease}`;
	const st =
		STYLE[key] ??
		(first ? { fill: '#fff', stroke: COLOURS.blue } : { fill: '#dff2ea', stroke: COLOURS.green });
	const w = s - 2 * g;
	const marks: SwatchMark[] = [
		{
			d: `M${x + g},${y + g}h${w}v${w}h${-w}Z`,
			fill: st.fill,
			stroke: st.stroke,
			strokeWidth: 2,
			dash: key === 'unaccounted' ? '3 2' : undefined
		}
	];
	const at = (k: number) => k * s;
	if (key === 'escaped')
		marks.push({
			d: `M${x + at(0.3)},${y + at(0.7)}L${x + at(0.7)},${y + at(0.3)}`,
			fill: 'none',
			stroke: COLOURS.orange,
			strokeWidth: 2
		});
	else if (key === 'died')
		marks.push({
			d: `M${x + at(0.3)},${y + s / 2}H${x + at(0.7)}`,
			fill: 'none',
			stroke: '#fff',
			strokeWidth: 2
		});
	else if (key === 'killed')
		marks.push({
			d: `M${x + at(0.3)},${y + at(0.3)}L${x + at(0.7)},${y + at(0.7)}M${x + at(0.7)},${y + at(0.3)}L${x + at(0.3)},${y + at(0.7)}`,
			fill: 'none',
			stroke: '#fff',
			strokeWidth: 2
		});
	else if (key.startsWith('freed:') && !first) {
		const r = at(0.14);
		marks.push({
			d: `M${x + s / 2 - r},${y + s / 2}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`,
			fill: COLOURS.green
		});
	} else if (key === 'unaccounted') {
		// A question mark drawn, not set: a glyph this small would be text under 11 px.
		const cx = x + s / 2;
		const r = Math.max(0.7, at(0.055));
		marks.push(
			{
				d: `M${x + at(0.37)},${y + at(0.38)}Q${x + at(0.37)},${y + at(0.22)} ${cx},${y + at(0.22)}Q${x + at(0.63)},${y + at(0.22)} ${x + at(0.63)},${y + at(0.36)}Q${x + at(0.63)},${y + at(0.46)} ${cx},${y + at(0.5)}V${y + at(0.62)}`,
				fill: 'none',
				stroke: '#4f5055',
				strokeWidth: Math.max(1, at(0.09))
			},
			{
				d: `M${cx - r},${y + at(0.76)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`,
				fill: '#4f5055'
			}
		);
	}
	return marks;
}

/**
 * A hostage key's words and count: "Escaped" 4 (and so in Arabic); in French the state agrees with the
 * count and with who is counted, and a colon leads to it (« Évadées : » 4, « Tués : » 2),
 * since the words name the people counted.
 */
export function hostageKey(
	key: string,
	count: number,
	locale: Locale
): { label: string; count: string } {
	const copy = CHART_COPY[locale].hostages;
	const date = key.startsWith('freed:') ? formatShortDate(key.slice(6), locale) : '';
	if (locale !== 'fr') {
		const label = date ? copy.freedOn(date) : copy.states[key as HostageState];
		return { label, count: formatNumber(count, locale) };
	}
	// The four who escaped and those who died in captivity were women; those killed (a young
	// man among them) and those freed (women and children) take the masculine, as French does
	// for a mixed group.
	const f = count > 1 ? 'es' : 'e';
	const m = count > 1 ? 's' : '';
	const fr: Record<HostageState, string> = {
		held: count > 1 ? 'Otages' : 'Otage',
		escaped: `Évadé${f}`,
		died: `Mort${f} en captivité`,
		killed: `Tué${m} par l’EI`,
		freed: `Libéré${m}`,
		unaccounted: 'Sort inconnu'
	};
	const label = date ? `Libéré${m} le ${date}` : fr[key as HostageState];
	return { label: `${label}\u00a0:`, count: formatNumber(count, locale) };
}

/** The counts of those still held that sources gave by a date, as one line of the key. */
export function hostagesReported(data: HostagesData, date: string, locale: Locale): string | null {
	const copy = CHART_COPY[locale];
	const reported = reportedHeldOn(data, date);
	if (!reported.length) return null;
	const returned = data.returned.filter((r) => r.date <= date).at(-1);
	const counts = reported
		.map((r) => `${formatPeople(r, locale)} (${counterLabel(r.counter, locale)})`)
		.join(copy.comma);
	const back = returned ? ` ${copy.hostages.returned(formatNumber(returned.value, locale))}` : '';
	return `${copy.hostages.reported} (${formatShortDate(reported[0]!.date, locale)})${copy.colon} ${counts}.${back}`;
}

/** A chart's source line, as the page writes it: "Sources: AFP, OCHA and 3 more in the table." */
function sourceText(source: SourceSummary, links: readonly SourceRef[], locale: Locale): string {
	const copy = CHART_COPY[locale];
	const names = source.sources.flatMap((i) => (links[i] ? [links[i].publisher] : []));
	const more = source.more > 0 ? ` ${copy.andMore(source.more)}` : '';
	return `${names.length > 1 ? copy.sources : copy.source}${copy.colon} ${names.join(copy.comma)}${more}.`;
}

/** The caption of a step's chart on a date. */
export function chartCaption(
	charts: ChartData,
	id: ChartId,
	date: string,
	locale: Locale
): ChartCaption {
	const copy = CHART_COPY[locale];
	const n = (v: number) => formatNumber(v, locale);
	const words = (
		data: { source: SourceSummary },
		title: string,
		takeaway: string,
		legend: LegendItem[]
	): ChartCaption => ({
		title,
		takeaway,
		legend,
		source: sourceText(data.source, charts.links, locale)
	});
	switch (id) {
		case 'timeline': {
			const data = charts.timeline;
			return words(
				data,
				copy.timeline.title,
				copy.timeline.takeaway(eventsIn(data, timelineWindow(date)).length),
				[
					...LANES.map((lane) => ({
						text: copy.timeline.lanes[lane],
						swatch: symbol(LANE_LOOK[lane].shape, LANE_LOOK[lane].colour)
					})),
					{
						text: copy.timeline.disputed,
						swatch: {
							width: 18,
							height: 10,
							marks: [
								{ d: 'M1,5H17', fill: 'none', stroke: COLOURS.muted, strokeWidth: 3, dash: '3 2' }
							]
						}
					}
				]
			);
		}
		case 'displacement': {
			const data = charts.displacement;
			const peak = peakEstimate(data);
			return words(
				data,
				copy.displacement.title,
				copy.displacement.takeaway(peak ? formatPeople(peak, locale) : ''),
				[
					{ text: copy.displacement.un, swatch: symbol('circle', COLOURS.blue) },
					{ text: copy.displacement.other, swatch: symbol('ring', COLOURS.vermillion) },
					{ text: copy.displacement.band, swatch: band(COLOURS.blue) }
				]
			);
		}
		case 'control-share': {
			const data = charts.controlShare;
			const pct = (v: number) => (locale === 'fr' ? `${n(v)}\u202f%` : `${v}%`);
			return words(
				data,
				copy.controlShare.title,
				copy.controlShare.takeaway(
					pct(data.steps[0]?.value ?? 0),
					pct(data.steps.at(-1)?.value ?? 0)
				),
				[
					{ text: copy.controlShare.monitor, swatch: symbol('circle', COLOURS.blue) },
					{
						text: copy.controlShare.partisanMark,
						swatch: symbol('open-diamond', COLOURS.vermillion, 12)
					},
					{ text: copy.controlShare.deal, swatch: symbol('triangle', COLOURS.ink, 12) }
				]
			);
		}
		case 'civilian-deaths': {
			const data = charts.civilianDeaths;
			const top = highestBy(data, '9999-12-31');
			return words(
				data,
				copy.civilianDeaths.title,
				copy.civilianDeaths.takeaway(top ? n(top.value) : ''),
				[
					{
						text: `${counterLabel('SOHR', locale)}${copy.comma}${copy.civilianDeaths.running}`,
						swatch: {
							...line(COLOURS.blue),
							marks: [
								...line(COLOURS.blue).marks,
								{ ...symbol('circle', COLOURS.blue).marks[0]!, d: symbolPath('circle', 8, 5, 3) }
							]
						}
					}
				]
			);
		}
		case 'sweida-toll': {
			const data = charts.sweidaToll;
			return words(data, copy.sweidaToll.title, copy.sweidaToll.takeaway(n(data.floor)), [
				{ text: counterLabel('SOHR', locale), swatch: symbol('circle', COLOURS.blue) },
				{
					text: copy.sweidaToll.others,
					swatch: symbol('diamond', COLOURS.vermillion, 10, 3.5)
				},
				{
					text: copy.floor,
					swatch: {
						width: 12,
						height: 10,
						marks: [{ d: 'M2,1L10,5L2,9', fill: 'none', stroke: COLOURS.ink }]
					}
				}
			]);
		}
		case 'evacuations': {
			const data = charts.evacuations;
			const final = finalTotal(data);
			return words(
				data,
				copy.evacuations.title,
				copy.evacuations.takeaway(final ? n(final.value) : ''),
				[
					{
						text: copy.evacuations.convoy,
						swatch: symbol('circle', COLOURS.blue)
					},
					{
						text: copy.evacuations.proGovernment,
						swatch: symbol('ring', COLOURS.vermillion)
					}
				]
			);
		}
		case 'hostages': {
			const data = charts.hostages;
			const tally = hostageTally(data, date);
			const { keys, firstRelease } = hostageKeys(data);
			const reported = hostagesReported(data, date, locale);
			return words(
				data,
				copy.hostages.title,
				copy.hostages.takeaway(data.abducted),
				// A state no one is in on this date is left off the card, where room is short.
				[
					...keys
						.filter((key) => (tally.get(key) ?? 0) > 0)
						.map((key) => {
							const { label, count } = hostageKey(key, tally.get(key)!, locale);
							return {
								text: `${label} ${count}`,
								swatch: { width: 12, height: 12, marks: hostageSquare(key, 0, 0, 12, firstRelease) }
							};
						}),
					...(reported ? [{ text: reported, swatch: null }] : [])
				]
			);
		}
		case 'pocket': {
			const data = charts.pocket;
			return words(
				data,
				copy.pocket.title,
				copy.pocket.takeaway(Math.max(...data.days.map((d) => d.held))),
				[
					{ text: copy.pocket.held, swatch: line(COLOURS.blue) },
					{ text: copy.pocket.range, swatch: band(COLOURS.blue) },
					{ text: copy.pocket.reported, swatch: symbol('open-diamond', COLOURS.vermillion, 12) }
				]
			);
		}
	}
}
