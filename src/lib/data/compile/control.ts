import { z } from 'zod';
import type { ControlChange } from '../types';
import type { Problem } from './problems';
import { checkRefs, checkSources } from './refs';
import {
	CONTROLLERS,
	CONTROL_HOW,
	DATE_CONFIDENCE,
	dayList,
	id,
	list,
	oneOf,
	optionalDay,
	optionalOneOf
} from './schemas';
import { readTable } from './table';

export const CONTROL_FILE = 'data/control.csv';
export const CONTROL_COLUMNS = [
	'place',
	'controller_before',
	'date_changed',
	'controller_after',
	'how',
	'date_confidence',
	'alt_dates',
	'sources',
	'note'
] as const;

const schema = z.object({
	place: id,
	controller_before: oneOf(CONTROLLERS),
	date_changed: optionalDay(),
	controller_after: oneOf(CONTROLLERS),
	how: optionalOneOf(CONTROL_HOW),
	date_confidence: optionalOneOf(DATE_CONFIDENCE),
	alt_dates: dayList(),
	sources: list,
	note: z.string().trim()
});

export function compileControl(
	files: Record<string, string>,
	problems: Problem[],
	known: { places: ReadonlySet<string>; sources: ReadonlySet<string> }
): ControlChange[] {
	const file = CONTROL_FILE;
	const rows = readTable(files, file, CONTROL_COLUMNS, schema, problems);
	const seen = new Map<string, number>();
	const changes: ControlChange[] = [];
	for (const { line, data: d } of rows) {
		const report = (message: string) => problems.push({ file, line, message: `${d.place}: ${message}` });
		checkRefs([d.place], known.places, 'place id', report);
		checkSources(d.sources, known.sources, report);
		const changed = d.controller_before !== d.controller_after;
		if (!changed && (d.date_changed !== null || d.how !== null)) {
			report('controller unchanged, so date_changed and how must be empty');
		}
		if (changed && d.controller_after !== 'contested') {
			if (d.date_changed === null) report('control changed but date_changed is empty');
			if (d.how === null) report('control changed but how is empty');
		}
		if (d.date_changed !== null && d.date_confidence === null) report('date_confidence is empty');
		if (d.alt_dates.length > 0 && d.date_confidence !== 'disputed') {
			report('alt_dates are only for a disputed date (set date_confidence to disputed)');
		}
		const key = `${d.place}@${d.date_changed ?? ''}`;
		const first = seen.get(key);
		if (first !== undefined) report(`duplicates the change on line ${first}`);
		else seen.set(key, line);
		changes.push({ ...d });
	}
	return changes;
}
