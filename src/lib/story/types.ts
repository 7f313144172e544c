import type { GraphicId, LayerId, Locale, ViewId } from './registry';
import type { Qualifier } from '$lib/data/types';

/** What a step asks the graphic to show. Nothing carries over from the step before. */
export interface StepState {
	/** Story clock, YYYY-MM-DD: the map shows control on this day, charts mark it. */
	date: string;
	graphic: GraphicId;
	view: ViewId;
	layers: LayerId[];
	/** Place ids or event ids the step talks about. */
	highlight: string[];
}

/** A run of prose: plain text, or a number drawn from the dataset by reference. */
export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'emphasis'; text: string }
	| { kind: 'link'; text: string; href: string }
	| { kind: 'figure'; ref: string; figure: ResolvedFigure };

export type Paragraph = Segment[];

/** A figure resolved at compile time from the series table. */
export interface ResolvedFigure {
	ref: string;
	value: number;
	low: number | null;
	high: number | null;
	unit: string;
	/** How the source bounded it: "more than", "up to", a range, or exact. */
	bound: 'exact' | 'at-least' | 'at-most' | 'range';
	/** The source's words before the number ("at least", "more than", "about"…), from its data row. */
	qualifier?: Qualifier | null;
	/** As written in series.csv (YYYY-MM-DD, YYYY-MM or YYYY): printed at that precision. */
	date: string;
	sources: FigureSource[];
	/** The id of the correction (data/corrections.csv) that changed this figure, if any. */
	correction?: string;
}

export interface FigureSource {
	id: string;
	publisher: string;
	url: string;
}

export interface Step {
	slug: string;
	/** The date the step is about, when it is about one (drives `data-date`). */
	date: string | null;
	title: string;
	paragraphs: Paragraph[];
	/** Human-written description of what the graphic shows at this step. */
	alt: string;
	state: StepState;
}

export interface StoryMeta {
	locale: Locale;
	headline: string;
	dek: string;
	byline: string;
	published: string;
	updated: string;
	description: string;
}

/** A section after the scrolled steps: heading and introduction, from the story file. */
export interface SectionText {
	title: string;
	intro: Paragraph[];
}

/** A titled part of a section (a disputed topic, a methodology heading). */
export interface SectionPart {
	id: string;
	title: string;
	text: Paragraph[];
}

export interface StorySections {
	claims: SectionText;
	disagreements: SectionText & { parts: SectionPart[] };
	methodology: SectionText & { parts: SectionPart[] };
}

export interface Story {
	meta: StoryMeta;
	/** Interface words (button labels and so on), edited with the story text. */
	ui: Record<string, string>;
	intro: Paragraph[];
	steps: Step[];
	/** The sections after the steps; null when the story file has none. */
	sections: StorySections | null;
}
