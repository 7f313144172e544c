import type { Bundle, ClaimStatus, Correction, Source, SourceKind } from '$lib/data/types';
import { DOWNLOAD_NAMES, citation } from '$lib/data/downloads';
import { absoluteUrl } from '$lib/site';
import { DATA_INDEX_PATH } from '$lib/structuredData';
import { figureResolver } from '$lib/data/compile/resolve';
import { markingCorrections } from '$lib/data/compile/corrections';
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
	/** The id of the latest correction of this claim, if any. */
	correction: string | null;
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

/** One entry of "Corrections and updates", with a link to what it changed. */
export interface CorrectionView {
	id: string;
	date: string;
	version: string;
	what: string;
	why: string;
	/** Where on the page the corrected step, figure or claim is (`#slug`, `#claim-id`), if it is shown. */
	href: string | null;
	/** The corrected step's or claim's title, or the figure's step. */
	label: string | null;
	sources: SourceLink[];
}

/** The dataset's version, how to cite it, and its corrections. */
export interface RecordView {
	version: string;
	date: string;
	citation: string;
	corrections: CorrectionView[];
}

export interface SectionsData {
	record: RecordView;
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
	const resolve = markingCorrections(figureResolver(dataset), bundle.record.corrections);
	const claimCorrection = (id: string) =>
		bundle.record.corrections.findLast((c) => c.where.kind === 'claim' && c.where.ref === id)?.id ??
		null;

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
			sources: links(c.sources),
			correction: claimCorrection(c.id)
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

	return {
		record: recordView(bundle, locale, links),
		claims,
		versions,
		sourceGroups,
		downloads: DOWNLOAD_NAMES
	};
}

/**
 * The corrections, newest first, each linked to what it changed on this page: a step, the
 * first step whose text prints the corrected figure, or a claim.
 */
function recordView(
	bundle: Bundle,
	locale: Locale,
	links: (ids: readonly string[]) => SourceLink[]
): RecordView {
	const { current, corrections } = bundle.record;
	const story = bundle.stories[locale];
	const claimTitle = (id: string) => {
		const claim = bundle.dataset.claims.find((c) => c.id === id);
		return claim ? `${CLAIM_WORD[locale]} ${claim.number}` : null;
	};
	const target = (c: Correction): { href: string | null; label: string | null } => {
		if (c.where.kind === 'claim')
			return { href: `#${c.where.ref}`, label: claimTitle(c.where.ref) };
		const step =
			c.where.kind === 'step'
				? story.steps.find((s) => s.slug === c.where.ref)
				: story.steps.find((s) =>
						s.paragraphs.some((p) =>
							p.some((seg) => seg.kind === 'figure' && seg.figure.correction === c.id)
						)
					);
		return step ? { href: `#${step.slug}`, label: step.title } : { href: null, label: null };
	};
	return {
		version: current.version,
		date: current.date,
		citation: citation(bundle.record, absoluteUrl(DATA_INDEX_PATH), locale),
		corrections: [...corrections]
			.sort((a, b) => b.date.localeCompare(a.date))
			.map((c) => ({
				id: c.id,
				date: c.date,
				version: c.version,
				what: c.what[locale],
				why: c.why[locale],
				...target(c),
				sources: links(c.sources)
			}))
	};
}

const CLAIM_WORD: Record<Locale, string> = { en: 'Claim', fr: 'Affirmation', ar: 'المعلومة' };
