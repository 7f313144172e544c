import type { Bundle, ClaimStatus, Source, SourceKind } from '$lib/data/types';
import { DOWNLOAD_NAMES } from '$lib/data/downloads';
import { figureResolver } from '$lib/data/compile/resolve';
import type { Locale } from '$lib/story/registry';
import { publisherName, sourceLabel } from '$lib/story/publisherName';
import type { ResolvedFigure } from '$lib/story/types';

/** A source as a reader sees it: who published it, where we read it, and the link. */
export interface SourceLink {
	id: string;
	publisher: string;
	via: string;
	date: string | null;
	url: string;
	kind: SourceKind;
}

export interface ClaimView {
	id: string;
	number: number;
	status: ClaimStatus;
	date: string | null;
	text: string;
	now: string;
	figures: ResolvedFigure[];
	sources: SourceLink[];
}

export interface VersionView {
	date: string | null;
	figure: ResolvedFigure | null;
	says: string;
	who: string;
	sources: SourceLink[];
}

export interface SourceGroup {
	kind: SourceKind;
	sources: SourceLink[];
}

export interface SectionsData {
	claims: ClaimView[];
	/** Versions by disagreement topic id, in table order. */
	versions: Record<string, VersionView[]>;
	sourceGroups: SourceGroup[];
	downloads: readonly string[];
}

/** Source kinds in the order the methodology explains them. */
const KIND_ORDER: SourceKind[] = [
	'wire',
	'monitor',
	'un-humanitarian',
	'government',
	'pro-government-media',
	'opposition-media',
	'media',
	'reference'
];

function link(s: Source, locale: Locale): SourceLink {
	const publisher = publisherName(s.publisher, locale);
	return { id: s.id, publisher, via: s.via, date: s.date, url: s.url, kind: s.kind };
}

/** A figure whose sources are named as the edition names them (OSDH, Chine nouvelle). */
function localized<T extends { sources: { publisher: string }[] }>(figure: T, locale: Locale): T {
	const sources = figure.sources.map((s) => ({
		...s,
		publisher: sourceLabel(s.publisher, locale)
	}));
	return { ...figure, sources };
}

/**
 * The data behind the sections after the scrolled story, for one locale: the seed's
 * claims with their status, the versions of each disputed fact, every source grouped
 * by kind, and the names of the download files.
 */
export function sectionsData(bundle: Bundle, locale: Locale): SectionsData {
	const { dataset } = bundle;
	const byId = new Map(dataset.sources.map((s) => [s.id, s]));
	const links = (ids: readonly string[]) =>
		ids.flatMap((id) => {
			const s = byId.get(id);
			return s ? [link(s, locale)] : [];
		});
	const resolve = figureResolver(dataset);

	const claims = [...dataset.claims]
		.sort((a, b) => a.number - b.number)
		.map((c) => ({
			id: c.id,
			number: c.number,
			status: c.status,
			date: c.date,
			text: c.text[locale],
			now: c.now[locale],
			figures: c.series.flatMap((ref) => {
				const f = resolve(ref);
				return 'error' in f ? [] : [localized(f, locale)];
			}),
			sources: links(c.sources)
		}));

	const versions: Record<string, VersionView[]> = {};
	for (const v of bundle.disagreements) {
		(versions[v.topic] ??= []).push({
			date: v.date,
			figure: v.figure ? localized(v.figure, locale) : v.figure,
			says: v.says[locale],
			who: v.who[locale],
			sources: links(v.sources)
		});
	}

	const sourceGroups = KIND_ORDER.map((kind) => ({
		kind,
		sources: dataset.sources
			.filter((s) => s.kind === kind)
			.map((s) => link(s, locale))
			.sort(
				(a, b) =>
					a.publisher.localeCompare(b.publisher) || (a.date ?? '').localeCompare(b.date ?? '')
			)
	})).filter((g) => g.sources.length > 0);

	return { claims, versions, sourceGroups, downloads: DOWNLOAD_NAMES };
}
