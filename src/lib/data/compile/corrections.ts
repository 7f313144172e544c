import { z } from 'zod';
import type { Correction } from '../types';
import type { Problem } from './problems';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { checkRefs } from './refs';
import type { FigureResolver } from './resolve';
import type { ResolvedFigure } from '../../story/types';
import { SOURCE_END, STORY_START, day } from './schemas';
import { checkUnique, readTable } from './table';

export const CORRECTIONS_FILE = 'data/corrections.csv';

/** What a correction changed: a step of the story, a figure (a series.csv row) or a checked claim. */
export const TARGETS = ['step', 'figure', 'claim'] as const;
const TARGET = /^(step|figure|claim):(\S+)$/;

/**
 * corrections.csv: one row per correction or update, the whole editorial workflow. The page
 * lists them at the end, dated, and a corrected figure or step links to its entry.
 */
export const CORRECTION_COLUMNS = columnsOf<Correction>()({
	id: { ...kind.id, constraints: { ...kind.id.constraints, unique: true }, description: 'Correction id (the page anchors #correction-<id>)', cell: (c) => c.id },
	date: { ...kind.day, parse: day(STORY_START, SOURCE_END), description: 'Day the correction was published', cell: (c) => c.date },
	version: { ...kind.required('the dataset version that carries it'), description: 'Dataset version that carries it (releases.csv)', cell: (c) => c.version },
	where: {
		parse: z
			.string()
			.trim()
			.pipe(z.string().regex(TARGET, { message: 'must be step:<slug>, figure:<series@date#unit> or claim:<id>' })),
		type: 'string',
		constraints: { required: true, pattern: TARGET.source },
		description: 'What changed: step:<slug of the story step>, figure:<series@date#unit, a row of series.csv> or claim:<id in claims.csv>',
		cell: (c) => `${c.where.kind}:${c.where.ref}`
	},
	what_en: { ...kind.required('what changed, in English'), description: 'What changed, in English', cell: (c) => c.what.en },
	what_fr: { ...kind.required('what changed, in French'), description: 'What changed, in French', cell: (c) => c.what.fr },
	what_ar: { ...kind.required('what changed, in Arabic'), description: 'What changed, in Arabic', cell: (c) => c.what.ar },
	why_en: { ...kind.required('why, in English'), description: 'Why, in English', cell: (c) => c.why.en },
	why_fr: { ...kind.required('why, in French'), description: 'Why, in French', cell: (c) => c.why.fr },
	why_ar: { ...kind.required('why, in Arabic'), description: 'Why, in Arabic', cell: (c) => c.why.ar },
	sources: { ...kind.list, description: 'Sources of the corrected version (ids in sources.csv)', cell: (c) => cell.list(c.sources) }
});

const schema = rowSchema(CORRECTION_COLUMNS);

export interface CorrectionTargets {
	versions: ReadonlySet<string>;
	claims: ReadonlySet<string>;
	sources: ReadonlySet<string>;
	resolve: FigureResolver;
}

/**
 * Reads and checks the corrections; the story's step slugs are checked later, once the
 * story is parsed (`checkCorrectedSteps`), because the story's figures need the corrections
 * first to carry their marks.
 */
export function compileCorrections(
	files: Record<string, string>,
	problems: Problem[],
	known: CorrectionTargets
): { corrections: Correction[]; lines: Map<string, number> } {
	const file = CORRECTIONS_FILE;
	const rows = readTable(files, file, inputColumns(CORRECTION_COLUMNS), schema, problems);
	checkUnique(rows, (d) => d.id, file, 'correction id', problems);
	const lines = new Map(rows.map(({ line, data }) => [data.id, line]));
	const corrections = rows.map(({ line, data: d }) => {
		const report = (message: string) => problems.push({ file, line, message: `correction "${d.id}": ${message}` });
		const [, target, ref] = TARGET.exec(d.where)! as unknown as [string, Correction['where']['kind'], string];
		checkRefs([d.version], known.versions, 'version (not in releases.csv)', report);
		checkRefs(d.sources, known.sources, 'source id', report);
		if (target === 'claim') checkRefs([ref], known.claims, 'claim id', report);
		if (target === 'figure') {
			const figure = known.resolve(ref);
			if ('error' in figure) report(`figure ${ref}: ${figure.error}`);
		}
		return {
			id: d.id,
			date: d.date,
			version: d.version,
			where: { kind: target, ref },
			what: { en: d.what_en, fr: d.what_fr, ar: d.what_ar },
			why: { en: d.why_en, fr: d.why_fr, ar: d.why_ar },
			sources: d.sources
		};
	});
	return { corrections, lines };
}

export function checkCorrectedSteps(
	corrections: readonly Correction[],
	lines: ReadonlyMap<string, number>,
	steps: ReadonlySet<string>
): Problem[] {
	return corrections
		.filter((c) => c.where.kind === 'step' && !steps.has(c.where.ref))
		.map((c) => ({
			file: CORRECTIONS_FILE,
			line: lines.get(c.id) ?? 1,
			message: `correction "${c.id}": unknown step slug "${c.where.ref}"`
		}));
}

/** `series@date#unit` of a resolved figure, however its reference was written. */
const figureKey = (f: ResolvedFigure) => `${f.ref.split('@')[0]}@${f.date}#${f.unit}`;

/** A resolver whose figures carry the id of the correction that changed them. */
export function markingCorrections(resolve: FigureResolver, corrections: readonly Correction[]): FigureResolver {
	const byFigure = new Map<string, string>();
	for (const c of corrections) {
		if (c.where.kind !== 'figure') continue;
		const figure = resolve(c.where.ref);
		if (!('error' in figure)) byFigure.set(figureKey(figure), c.id);
	}
	return (ref) => {
		const figure = resolve(ref);
		if ('error' in figure) return figure;
		const correction = byFigure.get(figureKey(figure));
		return correction ? { ...figure, correction } : figure;
	};
}
