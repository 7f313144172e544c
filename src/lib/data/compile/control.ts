import type { ControlChange } from '../types';
import type { Problem } from './problems';
import { checkRefs, checkSources } from './refs';
import { CONTROLLERS, CONTROL_HOW, DATE_CONFIDENCE } from './schemas';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { readTable } from './table';

export const CONTROL_FILE = 'data/control.csv';
/**
 * `confirmation`: empty or `confirmed` when the change is reported independently (by
 * more than one side, or by neutral sources); `claimed` when it was announced by one
 * side only, in which case `claimed_by` says who, and the map writes it next to the place
 * ("Rafid · IS affiliate claims capture") instead of stating the change as fact.
 */
export const CONFIRMATIONS = ['confirmed', 'claimed'] as const;
/** Who alone announced a change: a party to the fighting or a partisan press. */
export const CLAIMANTS = ['jkw', 'government', 'rebels', 'pro-government-media', 'opposition-media'] as const;

/** control.csv: one row per place and change of control; the download writes the same columns back. */
export const CONTROL_COLUMNS = columnsOf<ControlChange>()({
	place: { ...kind.id, description: 'Place (an id in places.csv)', cell: (c) => c.place },
	controller_before: {
		...kind.choice(CONTROLLERS),
		description: 'Who held it before (jkw: Khalid ibn al-Walid Army; reconciled: surrendered under a deal)',
		cell: (c) => c.controller_before
	},
	date_changed: { ...kind.optionalDay, description: 'Day control changed (empty when it did not)', cell: (c) => c.date_changed ?? '' },
	controller_after: { ...kind.choice(CONTROLLERS), description: 'Who held it after', cell: (c) => c.controller_after },
	how: { ...kind.optionalChoice(CONTROL_HOW), description: 'How control changed', cell: (c) => c.how ?? '' },
	date_confidence: {
		...kind.optionalChoice(DATE_CONFIDENCE),
		description: 'How sure date_changed is',
		cell: (c) => c.date_confidence ?? ''
	},
	alt_dates: { ...kind.days, description: 'Other dates sources give, when the date is disputed', cell: (c) => cell.list(c.alt_dates) },
	sources: { ...kind.list, description: 'Sources (ids in sources.csv)', cell: (c) => cell.list(c.sources) },
	note: { ...kind.text, description: 'Editorial note', cell: (c) => c.note },
	confirmation: {
		...kind.optionalChoice(CONFIRMATIONS),
		description: 'claimed: announced by one side only (see claimed_by); empty or confirmed: reported independently',
		cell: (c) => c.confirmation
	},
	claimed_by: {
		...kind.optionalChoice(CLAIMANTS),
		description: 'Who alone announced a claimed change',
		cell: (c) => c.claimed_by ?? ''
	}
});

const schema = rowSchema(CONTROL_COLUMNS);

export function compileControl(
	files: Record<string, string>,
	problems: Problem[],
	known: { places: ReadonlySet<string>; sources: ReadonlySet<string> }
): ControlChange[] {
	const file = CONTROL_FILE;
	const rows = readTable(files, file, inputColumns(CONTROL_COLUMNS), schema, problems);
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
