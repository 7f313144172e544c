import type { Bundle } from '$lib/data/types';
import type { Locale } from '$lib/story/registry';

/** What the charts need on the client, chosen on the server (the charts issue fills this in). */
export function chartData(bundle: Bundle, locale: Locale) {
	void bundle;
	void locale;
	return {};
}

export type ChartData = ReturnType<typeof chartData>;
