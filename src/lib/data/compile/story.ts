import archieml from 'archieml';
import { isGraphic, isLayer, isView, type Locale } from '../../story/registry';
import type { Step, StepState, Story, StoryMeta } from '../../story/types';
import { parseParagraphs, type FigureResolver } from './inline';
import { parseSections } from './sections';
import { sourceLabel } from '../../story/publisherName';
import type { Problem } from './problems';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const META_KEYS = ['headline', 'dek', 'byline', 'published', 'updated', 'description'] as const;
const STEP_KEYS = new Set([
	'slug',
	'date',
	'graphic',
	'view',
	'layers',
	'highlight',
	'title',
	'text',
	'alt'
]);

export interface StoryContext {
	resolveFigure: FigureResolver;
	/** Ids a step may highlight: places and events in the dataset. */
	knownIds: ReadonlySet<string>;
}

export function isRealDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Line numbers are found in the raw text because ArchieML's parser does not keep them. */
class LineFinder {
	private readonly lines: string[];
	constructor(raw: string) {
		this.lines = raw.split(/\r?\n/);
	}
	/** 1-based line of the first `key:` at or after `from` (1-based) and before `to`. */
	key(key: string, from = 1, to = this.lines.length + 1): number {
		const pattern = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'i');
		for (let i = Math.max(0, from - 1); i < Math.min(this.lines.length, to - 1); i++) {
			if (pattern.test(this.lines[i] ?? '')) return i + 1;
		}
		return from;
	}
	/** 1-based lines where each step (a `slug:` line inside [steps]) begins. */
	stepStarts(): number[] {
		const starts: number[] = [];
		let inSteps = false;
		this.lines.forEach((line, i) => {
			const trimmed = line.trim().toLowerCase();
			if (trimmed === '[steps]') inSteps = true;
			else if (trimmed === '[]') inSteps = false;
			else if (inSteps && /^slug\s*:/.test(trimmed)) starts.push(i + 1);
		});
		return starts;
	}
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function list(value: unknown): string[] {
	return text(value)
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

/** Parses one locale's story file; every problem is reported with its line. */
export function parseStory(
	file: string,
	raw: string,
	locale: Locale,
	context: StoryContext
): { story: Story; problems: Problem[] } {
	const problems: Problem[] = [];
	const lines = new LineFinder(raw);
	const doc = archieml.load(raw, { comments: true });
	const report = (line: number, message: string) => problems.push({ file, line, message });

	// Figures name their sources as this edition does (OSDH, Chine nouvelle in French).
	const resolveFigure: FigureResolver = (ref) => {
		const figure = context.resolveFigure(ref);
		if ('error' in figure) return figure;
		const sources = figure.sources.map((s) => ({ ...s, publisher: sourceLabel(s.publisher, locale) }));
		return { ...figure, sources };
	};

	const meta = { locale } as StoryMeta;
	for (const key of META_KEYS) {
		const value = text(doc[key]);
		if (!value) report(lines.key(key), `missing "${key}"`);
		meta[key] = value;
	}
	for (const key of ['published', 'updated'] as const) {
		if (meta[key] && !isRealDate(meta[key])) {
			report(lines.key(key), `"${key}" must be a real date (YYYY-MM-DD), got "${meta[key]}"`);
		}
	}

	const ui: Record<string, string> = {};
	const rawUi = doc.ui;
	if (rawUi && typeof rawUi === 'object') {
		for (const [k, v] of Object.entries(rawUi)) ui[k] = text(v);
	}

	const intro = parseParagraphs(text(doc.intro), resolveFigure, (m) =>
		report(lines.key('intro'), m)
	);

	const rawSteps = Array.isArray(doc.steps) ? (doc.steps as Record<string, unknown>[]) : [];
	const starts = lines.stepStarts();
	if (rawSteps.length === 0) report(lines.key('[steps]'), 'the story has no [steps]');

	const steps: Step[] = [];
	const seen = new Map<string, number>();
	rawSteps.forEach((rawStep, index) => {
		const start = starts[index] ?? 1;
		const end = starts[index + 1] ?? Number.MAX_SAFE_INTEGER;
		const at = (key: string) => lines.key(key, start, end);
		const stepReport = (key: string, message: string) => report(at(key), message);

		for (const key of Object.keys(rawStep)) {
			if (!STEP_KEYS.has(key)) stepReport(key, `unknown step key "${key}"`);
		}
		const slug = text(rawStep.slug);
		if (!SLUG.test(slug)) {
			stepReport('slug', `slug "${slug}" must be lowercase letters, digits and hyphens`);
		}
		const first = seen.get(slug);
		if (first !== undefined) stepReport('slug', `duplicate slug "${slug}" (first on line ${first})`);
		seen.set(slug, start);

		const date = text(rawStep.date);
		if (!isRealDate(date)) stepReport('date', `step "${slug}": date "${date}" is not YYYY-MM-DD`);

		const graphic = text(rawStep.graphic) || 'map';
		if (!isGraphic(graphic)) stepReport('graphic', `step "${slug}": unknown graphic "${graphic}"`);
		const view = text(rawStep.view) || 'south';
		if (!isView(view)) stepReport('view', `step "${slug}": unknown view "${view}"`);
		const layers = list(rawStep.layers);
		for (const layer of layers) {
			if (!isLayer(layer)) stepReport('layers', `step "${slug}": unknown layer "${layer}"`);
		}
		const highlight = list(rawStep.highlight);
		for (const id of highlight) {
			if (!context.knownIds.has(id)) {
				stepReport('highlight', `step "${slug}": highlight "${id}" is not a place or event id`);
			}
		}

		const title = text(rawStep.title);
		if (!title) stepReport('slug', `step "${slug}" has no title`);
		const alt = text(rawStep.alt);
		if (!alt) stepReport('slug', `step "${slug}" has no alt (what the graphic shows)`);
		const paragraphs = parseParagraphs(text(rawStep.text), resolveFigure, (m) =>
			stepReport('text', `step "${slug}": ${m}`)
		);
		if (paragraphs.length === 0) stepReport('slug', `step "${slug}" has no text`);

		const state: StepState = {
			date,
			graphic: graphic as StepState['graphic'],
			view: view as StepState['view'],
			layers: layers as StepState['layers'],
			highlight
		};
		steps.push({ slug, date: date || null, title, paragraphs, alt, state });
	});

	const sections = parseSections(doc, raw, resolveFigure, report);
	return { story: { meta, ui, intro, steps, sections }, problems };
}

/**
 * Every edition has the same steps in the same order with the same state, so a
 * section link works in either language and the graphic never differs by locale.
 */
export function compareEditions(
	reference: Story,
	file: string,
	raw: string,
	other: Story
): Problem[] {
	const problems: Problem[] = [];
	const starts = new LineFinder(raw).stepStarts();
	const refSlugs = reference.steps.map((s) => s.slug);
	const otherSlugs = other.steps.map((s) => s.slug);
	for (const slug of refSlugs) {
		if (!otherSlugs.includes(slug)) problems.push({ file, line: 1, message: `missing step "${slug}"` });
	}
	other.steps.forEach((step, i) => {
		const line = starts[i] ?? 1;
		const ref = reference.steps[refSlugs.indexOf(step.slug)];
		if (!ref) {
			problems.push({ file, line, message: `step "${step.slug}" is not in the reference edition` });
			return;
		}
		if (refSlugs.indexOf(step.slug) !== i) {
			problems.push({ file, line, message: `step "${step.slug}" is out of order` });
		}
		if (JSON.stringify(ref.state) !== JSON.stringify(step.state)) {
			problems.push({
				file,
				line,
				message: `step "${step.slug}": graphic state differs from the reference edition`
			});
		}
	});
	// Topic and part ids are anchors and join keys; both editions list the same ones in order.
	for (const key of ['disagreements', 'methodology'] as const) {
		const a = reference.sections?.[key].parts.map((p) => p.id) ?? [];
		const b = other.sections?.[key].parts.map((p) => p.id) ?? [];
		if (JSON.stringify(a) !== JSON.stringify(b)) {
			problems.push({
				file,
				line: 1,
				message: `${key} parts differ from the reference edition: [${b.join(', ')}] vs [${a.join(', ')}]`
			});
		}
	}
	const refUi = Object.keys(reference.ui);
	for (const key of refUi) {
		if (!(key in other.ui)) problems.push({ file, line: 1, message: `missing ui string "${key}"` });
	}
	return problems;
}
