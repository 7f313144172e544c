import { z } from 'zod';
import type { Dataset, Disagreement } from '../types';
import type { Problem } from './problems';
import { checkRefs, checkSources } from './refs';
import type { FigureResolver } from './resolve';
import { id, list, optionalDay, required } from './schemas';
import { readTable } from './table';

export const DISAGREEMENTS_FILE = 'data/disagreements.csv';
export const DISAGREEMENT_COLUMNS = [
	'topic',
	'date',
	'figure',
	'says_en',
	'says_fr',
	'says_ar',
	'who_en',
	'who_fr',
	'who_ar',
	'events',
	'sources'
] as const;

const schema = z.object({
	topic: id,
	date: optionalDay(),
	figure: z.string().trim(),
	says_en: required('what this version says, in English'),
	says_fr: required('what this version says, in French'),
	says_ar: required('what this version says, in Arabic'),
	who_en: required('who says it, in English'),
	who_fr: required('who says it, in French'),
	who_ar: required('who says it, in Arabic'),
	events: list,
	sources: list
});

/**
 * One row per version of a contested fact (data/disagreements.csv). A version's date
 * must be one the dataset already records for its events (date, date_end or alt_dates),
 * and its figure must resolve from series.csv, so this table cannot invent a version
 * the events and series tables do not hold. A figure's sources count as the row's.
 */
export function compileDisagreements(
	files: Record<string, string>,
	dataset: Dataset,
	resolve: FigureResolver,
	problems: Problem[]
): Disagreement[] {
	const file = DISAGREEMENTS_FILE;
	if (files[file] === undefined) return [];
	const rows = readTable(files, file, DISAGREEMENT_COLUMNS, schema, problems);
	const events = new Map(dataset.events.map((e) => [e.id, e]));
	const sources = new Set(dataset.sources.map((s) => s.id));
	return rows.map(({ line, data: d }) => {
		const report = (message: string) => problems.push({ file, line, message: `${d.topic}: ${message}` });
		checkRefs(d.events, new Set(events.keys()), 'event id', report);
		if (d.events.length === 0) report('names no event; every version belongs to an event');
		let figure = null;
		if (d.figure) {
			const resolved = resolve(d.figure);
			if ('error' in resolved) report(`figure ${d.figure}: ${resolved.error}`);
			else figure = resolved;
		}
		if (d.date) {
			const known = d.events.flatMap((id) => {
				const e = events.get(id);
				return e ? [e.date, ...(e.date_end ? [e.date_end] : []), ...e.alt_dates] : [];
			});
			if (known.length > 0 && !known.includes(d.date)) {
				report(`date ${d.date} is not a date events.csv gives for ${d.events.join(', ')} (${known.join(', ')})`);
			}
		}
		const ids = [...new Set([...d.sources, ...(figure?.sources.map((s) => s.id) ?? [])])];
		checkSources(ids, sources, report);
		if (!d.date && !figure) report('gives neither a date nor a figure, so there is nothing to compare');
		return {
			topic: d.topic,
			line,
			date: d.date,
			figure,
			says: { en: d.says_en, fr: d.says_fr, ar: d.says_ar },
			who: { en: d.who_en, fr: d.who_fr, ar: d.who_ar },
			events: d.events,
			sources: ids
		};
	});
}
