import type { Bundle } from '$lib/data/types';
// Server-side charts draw every edition, Arabic included (the island adds it on /ar/ only).
import '$lib/charts/arabicCopy';
import type { Locale } from '$lib/story/registry';
import { civilianDeathsData } from '$lib/charts/civilianDeaths';
import { controlShareData } from '$lib/charts/controlShare';
import { displacementData } from '$lib/charts/displacement';
import { evacuationsData } from '$lib/charts/evacuations';
import { hostagesData } from '$lib/charts/hostages';
import { pocketData } from '$lib/charts/pocket';
import { sweidaTollData } from '$lib/charts/sweidaToll';
import { timelineData } from '$lib/charts/timeline';
import { LinkTable } from '$lib/charts/sources';
import type { ChartData } from '$lib/wire';
import { sourceLabel } from '$story/publisherName';

/**
 * What the charts need on the client, shaped on the server for one edition.
 * Only date-independent data: each chart derives its state for a step's date.
 */
export function chartData(bundle: Bundle, locale: Locale): ChartData {
	const dataset = bundle.dataset;
	const table = new LinkTable();
	const charts = {
		timeline: timelineData(dataset, locale, table),
		displacement: displacementData(dataset, table),
		controlShare: controlShareData(dataset, locale, table),
		civilianDeaths: civilianDeathsData(dataset, table),
		sweidaToll: sweidaTollData(dataset, table),
		evacuations: evacuationsData(dataset, table),
		hostages: hostagesData(dataset, table),
		pocket: pocketData(dataset, locale, table)
	};
	// Each edition names publishers as its readers know them (OSDH, Chine nouvelle in French).
	const links = table.links.map((link) => ({
		...link,
		publisher: sourceLabel(link.publisher, locale)
	}));
	return { ...charts, links };
}

export type { ChartData };
