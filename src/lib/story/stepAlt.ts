import { chartFacts } from '$lib/charts/chartAlt';
import { mapStateAlt } from '$geo/mapAlt';
import type { ChartData } from '$lib/server/chartData';
import type { MapData } from '$lib/server/mapData';
import type { Locale } from './registry';
import type { StepState } from './types';

/**
 * The part of a step's text alternative that describes the graphic's state (the date,
 * who holds the places named, what the chart counts, which layers are drawn),
 * generated from the same data and functions that draw it.
 */
export function stateAlt(
	graphics: { map: MapData; charts: ChartData },
	state: StepState,
	locale: Locale
): string {
	return state.graphic === 'map'
		? mapStateAlt(graphics.map, state, locale)
		: chartFacts(graphics.charts, state, locale).text;
}

/** The whole text alternative: the human sentence (what it means), then the state. */
export function fullAlt(human: string, state: string): string {
	return state ? `${human.trim()} ${state}` : human;
}
