import { z } from 'zod';
import type { DatasetEvent } from '../types';
import type { Problem } from './problems';
import { formatFigure, parseFigures } from './figures';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { checkRefs, checkSources } from './refs';
import { DATE_CONFIDENCE, EVENT_TYPES, GOVERNORATES, list } from './schemas';
import { checkUnique, readTable } from './table';

export const EVENTS_FILE = 'data/events.csv';
/** events.csv: one row per event; the download writes the same columns back. */
export const EVENT_COLUMNS = columnsOf<DatasetEvent>()({
	id: { ...kind.id, description: 'Event id', constraints: { ...kind.id.constraints, unique: true }, cell: (e) => e.id },
	date: { ...kind.day, description: 'Day the event happened (or began)', cell: (e) => e.date },
	date_end: { ...kind.optionalDay, description: 'Last day, for an event over several days', cell: (e) => e.date_end ?? '' },
	date_confidence: {
		...kind.choice(DATE_CONFIDENCE),
		description: 'How sure the date is; disputed dates list the other dates in alt_dates',
		cell: (e) => e.date_confidence
	},
	alt_dates: { ...kind.days, description: 'Other dates sources give, when the date is disputed', cell: (e) => cell.list(e.alt_dates) },
	places: { ...kind.list, description: 'Places (ids in places.csv)', cell: (e) => cell.list(e.places) },
	governorates: {
		...kind.list,
		parse: list.pipe(
			z.array(z.enum(GOVERNORATES, { message: `governorates must be among: ${GOVERNORATES.join(', ')}` }))
		),
		description: `Governorates: ${GOVERNORATES.join(', ')}`,
		cell: (e) => cell.list(e.governorates)
	},
	type: { ...kind.choice(EVENT_TYPES), description: 'Kind of event', cell: (e) => e.type },
	actors: { ...kind.list, description: 'Who acted', cell: (e) => cell.list(e.actors) },
	figures: {
		...kind.text,
		parse: z.string(),
		description:
			'Numbers reported, ";"-separated, each "name=VALUE unit (note)": 250 exact, ~250 about, >250 at least, <250 at most, 200-250 a range',
		cell: (e) => cell.list(e.figures.map(formatFigure))
	},
	summary_en: { ...kind.required('an English summary'), description: 'What happened, in English', cell: (e) => e.summary.en },
	summary_fr: { ...kind.required('a French summary'), description: 'What happened, in French', cell: (e) => e.summary.fr },
	summary_ar: { ...kind.required('an Arabic summary'), description: 'What happened, in Arabic', cell: (e) => e.summary.ar },
	sources: { ...kind.list, description: 'Sources (ids in sources.csv)', cell: (e) => cell.list(e.sources) },
	note: { ...kind.text, description: 'Editorial note', cell: (e) => e.note }
});

const schema = rowSchema(EVENT_COLUMNS);

export function compileEvents(
	files: Record<string, string>,
	problems: Problem[],
	known: { places: ReadonlySet<string>; sources: ReadonlySet<string> }
): DatasetEvent[] {
	const file = EVENTS_FILE;
	const rows = readTable(files, file, inputColumns(EVENT_COLUMNS), schema, problems);
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
