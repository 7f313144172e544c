import type { Dataset, Source } from '$lib/data/types';

/** A publisher as the source line and the data tables show it: a name and one link. */
export interface SourceRef {
	publisher: string;
	url: string;
}

/**
 * One name per organisation: the dataset names each OCHA report separately
 * ("UN OCHA sitrep 4"), but a reader scanning a source line wants "UN OCHA" once.
 */
export function publisherName(source: Source): string {
	const family = /^(UN OCHA|UNHCR|WHO)\b/.exec(source.publisher);
	return family ? family[1]! : source.publisher;
}

/** Arabic addresses are stored percent-encoded, three times longer than the text they encode. */
function readableUrl(url: string): string {
	try {
		// Characters that are not allowed raw in a URL stay encoded.
		return decodeURI(url).replace(/["<>\s`{}|\\^]/g, (c) => encodeURIComponent(c));
	} catch {
		return url;
	}
}

/** Index of a link in a `LinkTable`. */
export type LinkId = number;

/**
 * Every link the charts cite, stored once: the same story backs many rows, and
 * the chart data is serialized into the page.
 */
export class LinkTable {
	readonly links: SourceRef[] = [];
	readonly #index = new Map<string, LinkId>();

	add(ref: SourceRef): LinkId {
		ref = { publisher: ref.publisher, url: readableUrl(ref.url) };
		const key = `${ref.publisher}\n${ref.url}`;
		let id = this.#index.get(key);
		if (id === undefined) {
			id = this.links.push(ref) - 1;
			this.#index.set(key, id);
		}
		return id;
	}
}

/** Source ids → links, one per source, in the order given. Unknown ids are skipped. */
export function sourceRefs(dataset: Dataset, ids: readonly string[], table: LinkTable): LinkId[] {
	const byId = new Map(dataset.sources.map((s) => [s.id, s]));
	return ids.flatMap((id) => {
		const source = byId.get(id);
		return source ? [table.add({ publisher: publisherName(source), url: source.url })] : [];
	});
}

/**
 * The publishers behind a chart, each named once and linked to its first story:
 * the most cited first, then A to Z, at most `limit` of them.
 */
export function sourceLine(
	dataset: Dataset,
	ids: readonly string[],
	table: LinkTable,
	limit = Infinity
): LinkId[] {
	const byId = new Map(dataset.sources.map((s) => [s.id, s]));
	const first = new Map<string, { source: Source; count: number }>();
	for (const id of ids) {
		const source = byId.get(id);
		if (!source) continue;
		const name = publisherName(source);
		const seen = first.get(name);
		first.set(name, { source: seen?.source ?? source, count: (seen?.count ?? 0) + 1 });
	}
	return [...first]
		.sort(
			([a, x], [b, y]) => (limit < Infinity ? y.count - x.count : 0) || a.localeCompare(b, 'en')
		)
		.slice(0, limit)
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([publisher, { source }]) => table.add({ publisher, url: source.url }));
}

/**
 * Who counted, as opposed to who published: a wire often relays a monitor's
 * figure, and the series notes name the counter first ("SOHR via AFP: …").
 */
export function counterOf(note: string, fallback: string): string {
	const known: [RegExp, string][] = [
		[/Daraa Martyrs Documentation Office/, 'Daraa Martyrs Documentation Office'],
		[/^SNHR|SNHR (report|monthly)/, 'SNHR'],
		[/French Wikipedia|^Wikipedia/, 'Wikipedia'],
		[/health director/i, 'Sweida health directorate'],
		[/^Local journalists/, 'Local journalists'],
		[/^Initial media reports/, 'Early media reports'],
		[/^AP standard figure/, 'AP'],
		[/^Xinhua/, 'Xinhua'],
		[/^7al/, '7al.net'],
		[/^Response Coordinators|\(Response Coordinators\)/, 'Response Coordinators'],
		[/^(SOHR|AFP\/SOHR)\b|^SOHR|SOHR (via|cited|consolidated|evening|morning)/, 'SOHR']
	];
	for (const [pattern, name] of known) if (pattern.test(note)) return name;
	return fallback;
}

/** A chart's source line: its most cited publishers, and how many more the table names. */
export interface SourceSummary {
	sources: LinkId[];
	more: number;
}

export function sourceSummary(
	dataset: Dataset,
	ids: readonly string[],
	table: LinkTable,
	limit = 5
): SourceSummary {
	const all = new Set(
		ids.flatMap((id) => {
			const source = dataset.sources.find((s) => s.id === id);
			return source ? [publisherName(source)] : [];
		})
	);
	const sources = sourceLine(dataset, ids, table, limit);
	return { sources, more: all.size - sources.length };
}
