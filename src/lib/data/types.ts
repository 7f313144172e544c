import type { ResolvedFigure, Story } from '../story/types';
import type { Locale } from '../story/registry';
import type { DatePrecision } from '../story/datePrecision';
import type { CLAIMANTS } from './compile/control';
import type {
	BOUNDS,
	CLAIM_STATUS,
	CONTROL_HOW,
	CONTROLLERS,
	DATE_CONFIDENCE,
	EVENT_TYPES,
	PLACE_KINDS,
	QUALIFIERS,
	SOURCE_KINDS
} from './compile/schemas';

/** The compiled dataset: every table in data/, validated and cross-checked. */

export type DateConfidence = (typeof DATE_CONFIDENCE)[number];
export type Bound = (typeof BOUNDS)[number];
/**
 * The words the source put before its number, kept apart from the bound (the math):
 * "at least" and "more than" are both a lower bound, but a source said one of them.
 */
export type Qualifier = (typeof QUALIFIERS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Controller = (typeof CONTROLLERS)[number];
export type ControlHow = (typeof CONTROL_HOW)[number];
export type ClaimStatus = (typeof CLAIM_STATUS)[number];

/** Text in both editions. */
export interface Localized {
	en: string;
	fr: string;
	ar: string;
}

/** One number attached to an event (`name=value unit (note)` in events.csv). */
export interface Figure {
	name: string;
	/** The number to show; for a range, its low end. */
	value: number;
	low: number | null;
	high: number | null;
	bound: Bound;
	/** Written with `~`: the source says "about". */
	approx: boolean;
	unit: string;
	note: string;
}

export interface Place {
	id: string;
	name: Localized;
	name_ar: string;
	alt_names: string[];
	/** Null when the place could not be located (never guessed). */
	lon: number | null;
	lat: number | null;
	kind: PlaceKind;
	/** Outside the main map (lon 34.8–37.6, lat 31.8–34.0): Idlib, Moscow… */
	off_map: boolean;
	governorate: string;
	coord_source: string;
	confidence: 'exact' | 'approx' | 'unknown';
	note: string;
	/** The place this one is a part of (a district of a city): drawn as part of it, no marker of its own. */
	part_of: string | null;
}

export interface Source {
	id: string;
	publisher: string;
	/** The site carrying a copy of a wire or agency story, when that is what we read. */
	via: string;
	/** Publication date: YYYY-MM-DD, YYYY-MM or YYYY; null when undated. */
	date: string | null;
	url: string;
	/** Other copies of the same story. */
	alternates: string[];
	kind: SourceKind;
	language: string;
	note: string;
}

export interface DatasetEvent {
	id: string;
	date: string;
	date_end: string | null;
	date_confidence: DateConfidence;
	/** Other dates some sources give, when the date is disputed. */
	alt_dates: string[];
	places: string[];
	governorates: string[];
	type: EventType;
	actors: string[];
	figures: Figure[];
	summary: Localized;
	sources: string[];
	/** How the sources agree or conflict. */
	note: string;
}

export interface SeriesPoint {
	series: string;
	/** As written in series.csv: YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	date_precision: DatePrecision;
	/** First day of the period, for sorting and charts. */
	date_start: string;
	/** Null for a range the source gave without a point value. */
	value: number | null;
	low: number | null;
	high: number | null;
	unit: string;
	bound: Bound;
	/** The source's own words before the number; null when it gave the number bare. */
	qualifier: Qualifier | null;
	sources: string[];
	note: string;
}

export interface ControlChange {
	place: string;
	controller_before: Controller;
	/** Null when control did not change (or has no documented end). */
	date_changed: string | null;
	controller_after: Controller;
	how: ControlHow | null;
	date_confidence: DateConfidence | null;
	alt_dates: string[];
	sources: string[];
	note: string;
	/** `claimed`: announced by one side only, which `claimed_by` names (see data/README.md). */
	confirmation: 'confirmed' | 'claimed';
	claimed_by: Claimant | null;
}

/** Who alone announced a change of control. */
export type Claimant = (typeof CLAIMANTS)[number];

export interface Claim {
	id: string;
	number: number;
	status: ClaimStatus;
	/** The date the claim refers to, when it refers to one. */
	date: string | null;
	text: Localized;
	now: Localized;
	events: string[];
	/** Figure references (`series@date#unit`) that bear on the claim. */
	series: string[];
	sources: string[];
}

export interface Dataset {
	events: DatasetEvent[];
	places: Place[];
	sources: Source[];
	series: SeriesPoint[];
	control: ControlChange[];
	claims: Claim[];
}

/** One version of a contested fact (data/disagreements.csv), shown beside the others. */
export interface Disagreement {
	/** The topic id, matching `[disagreementTopics]` in the story files. */
	topic: string;
	/** Line in disagreements.csv, for errors found when joining with the story files. */
	line: number;
	/** The date this version gives, when it is about a date. */
	date: string | null;
	/** The number this version gives, resolved from series.csv. */
	figure: ResolvedFigure | null;
	says: Localized;
	who: Localized;
	events: string[];
	sources: string[];
}

/** One version of the dataset (data/releases.csv). */
export interface Release {
	version: string;
	date: string;
	changes: string;
}

/** One correction or update (data/corrections.csv). */
export interface Correction {
	id: string;
	date: string;
	/** The dataset version that carries it. */
	version: string;
	where: { kind: 'step' | 'figure' | 'claim'; ref: string };
	what: Localized;
	why: Localized;
	sources: string[];
}

/** The record kept beside the story: the dataset's versions and the corrections. */
export interface DatasetRecord {
	releases: Release[];
	/** The last release: the dataset's current version. */
	current: Release;
	corrections: Correction[];
}

export interface Bundle {
	record: DatasetRecord;
	dataset: Dataset;
	stories: Record<Locale, Story>;
	/** Versions for the "Where sources disagree" section, in table order. */
	disagreements: Disagreement[];
}
