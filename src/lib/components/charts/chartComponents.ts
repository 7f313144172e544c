/**
 * Which component draws each chart, and which part of an edition's chart data it
 * draws: one typed table instead of a branch per chart, so a ninth chart is a row here.
 */
import type { Component } from 'svelte';
import type { ChartData } from '$lib/wire';
import type { ChartProps } from '$lib/charts/props';
import type { ChartId } from '$story/registry';
import CivilianDeathsChart from './CivilianDeathsChart.svg.svelte';
import ControlShareChart from './ControlShareChart.svg.svelte';
import DisplacementChart from './DisplacementChart.svg.svelte';
import EvacuationsChart from './EvacuationsChart.svg.svelte';
import HostagesChart from './HostagesChart.svg.svelte';
import PocketChart from './PocketChart.svg.svelte';
import SweidaTollChart from './SweidaTollChart.svg.svelte';
import TimelineChart from './TimelineChart.svg.svelte';

export interface ChartEntry {
	component: Component<ChartProps<unknown>>;
	/** This chart's part of the edition's chart data. */
	data: (all: ChartData) => unknown;
}

/** Pairs a component with the data it draws, checked here, then kept under one type. */
function chart<D>(component: Component<ChartProps<D>>, data: (all: ChartData) => D): ChartEntry {
	return { component, data } as unknown as ChartEntry;
}

export const CHART_COMPONENTS: Record<ChartId, ChartEntry> = {
	timeline: chart(TimelineChart, (d) => d.timeline),
	displacement: chart(DisplacementChart, (d) => d.displacement),
	'control-share': chart(ControlShareChart, (d) => d.controlShare),
	'civilian-deaths': chart(CivilianDeathsChart, (d) => d.civilianDeaths),
	'sweida-toll': chart(SweidaTollChart, (d) => d.sweidaToll),
	evacuations: chart(EvacuationsChart, (d) => d.evacuations),
	hostages: chart(HostagesChart, (d) => d.hostages),
	pocket: chart(PocketChart, (d) => d.pocket)
};
