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
	'note',
	'confirmation',
	'claimed_by'
] as const;

/**
 * `confirmation`: empty or `confirmed` when the change is reported independently (by
 * more than one side, or by neutral sources); `claimed` when it was announced by one
 * side only, in which case `claimed_by` says who, and the map writes it next to the place
 * ("Rafid · IS affiliate claims capture") instead of stating the change as fact.
 */
export const CONFIRMATIONS = ['confirmed', 'claimed'] as const;
/** Who alone announced a change: a party to the fighting or a partisan press. */
export const CLAIMANTS = ['jkw', 'government', 'rebels', 'pro-government-media', 'opposition-media'] as const;

const schema = z.object({
	place: id,
	controller_before: oneOf(CONTROLLERS),
	date_changed: optionalDay(),
	controller_after: oneOf(CONTROLLERS),
	how: optionalOneOf(CONTROL_HOW),
	date_confidence: optionalOneOf(DATE_CONFIDENCE),
	alt_dates: dayList(),
	sources: list,
	note: z.string().trim(),
	confirmation: optionalOneOf(CONFIRMATIONS),
	claimed_by: optionalOneOf(CLAIMANTS)
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
		if (d.confirmation === 'claimed') {
			if (!changed) report('confirmation is claimed but the controller does not change');
			if (d.claimed_by === null) {
				report(`a change claimed by one side only needs claimed_by: who announced it (${CLAIMANTS.join(', ')})`);
			}
		} else if (d.claimed_by !== null) {
			report('claimed_by is only for a change claimed by one side (set confirmation to claimed)');
		}
		const key = `${d.place}@${d.date_changed ?? ''}`;
		const first = seen.get(key);
		if (first !== undefined) report(`duplicates the change on line ${first}`);
		else seen.set(key, line);
		changes.push({ ...d, confirmation: d.confirmation ?? 'confirmed' });
	}
	return changes;
}
