import { z } from 'zod';
import type { DatasetEvent } from '../types';
import type { Problem } from './problems';
import { parseFigures } from './figures';
import { checkRefs, checkSources } from './refs';
import {
	DATE_CONFIDENCE,
	EVENT_TYPES,
	GOVERNORATES,
	day,
	dayList,
	id,
	list,
	oneOf,
	optionalDay,
	required
} from './schemas';
import { checkUnique, readTable } from './table';

export const EVENTS_FILE = 'data/events.csv';
export const EVENT_COLUMNS = [
	'id',
	'date',
	'date_end',
	'date_confidence',
	'alt_dates',
	'places',
	'governorates',
	'type',
	'actors',
	'figures',
	'summary_en',
	'summary_fr',
	'summary_ar',
	'sources',
	'note'
] as const;

const schema = z.object({
	id,
	date: day(),
	date_end: optionalDay(),
	date_confidence: oneOf(DATE_CONFIDENCE),
	alt_dates: dayList(),
	places: list,
	governorates: list.pipe(
		z.array(z.enum(GOVERNORATES, { message: `governorates must be among: ${GOVERNORATES.join(', ')}` }))
	),
	type: oneOf(EVENT_TYPES),
	actors: list,
	figures: z.string(),
	summary_en: required('an English summary'),
	summary_fr: required('a French summary'),
	summary_ar: required('an Arabic summary'),
	sources: list,
	note: z.string().trim()
});

export function compileEvents(
	files: Record<string, string>,
	problems: Problem[],
	known: { places: ReadonlySet<string>; sources: ReadonlySet<string> }
): DatasetEvent[] {
	const file = EVENTS_FILE;
	const rows = readTable(files, file, EVENT_COLUMNS, schema, problems);
	checkUnique(rows, (d) => d.id, file, 'event id', problems);
	const events: DatasetEvent[] = [];
	for (const { line, data: d } of rows) {
		const report = (message: string) => problems.push({ file, line, message: `event "${d.id}": ${message}` });
		if (d.date_end !== null && d.date_end < d.date) report(`date_end ${d.date_end} is before date ${d.date}`);
		if (d.alt_dates.length > 0 && d.date_confidence !== 'disputed') {
			report('alt_dates are only for a disputed date (set date_confidence to disputed)');
		}
		if (d.places.length === 0) report('has no place');
		checkRefs(d.places, known.places, 'place id', report);
		checkSources(d.sources, known.sources, report);
		const { figures, errors } = parseFigures(d.figures);
		errors.forEach(report);
		events.push({
			id: d.id,
			date: d.date,
			date_end: d.date_end,
			date_confidence: d.date_confidence,
			alt_dates: d.alt_dates,
			places: d.places,
			governorates: d.governorates,
			type: d.type,
			actors: d.actors,
			figures,
			summary: { en: d.summary_en, fr: d.summary_fr, ar: d.summary_ar },
			sources: d.sources,
			note: d.note
		});
	}
	return events.sort((a, b) => a.date.localeCompare(b.date));
}
