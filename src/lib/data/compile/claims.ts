import { z } from 'zod';
import type { Claim } from '../types';
import type { Problem } from './problems';
import { checkRefs, checkSources } from './refs';
import type { FigureResolver } from './resolve';
import { CLAIM_STATUS, id, list, oneOf, optionalDay, required } from './schemas';
import { checkUnique, readTable } from './table';

export const CLAIMS_FILE = 'data/claims.csv';
export const CLAIM_COLUMNS = [
	'id',
	'number',
	'status',
	'date',
	'text_en',
	'text_fr',
	'text_ar',
	'now_en',
	'now_fr',
	'now_ar',
	'events',
	'series',
	'sources'
] as const;

const schema = z.object({
	id,
	number: z
		.string()
		.trim()
		.pipe(z.string().regex(/^\d+$/, { message: 'must be a whole number' }))
		.transform(Number),
	status: oneOf(CLAIM_STATUS),
	date: optionalDay(),
	text_en: required('the claim in English'),
	text_fr: required('the claim in French'),
	text_ar: required('the claim in Arabic'),
	now_en: required('what we know now, in English'),
	now_fr: required('what we know now, in French'),
	now_ar: required('what we know now, in Arabic'),
	events: list,
	series: list,
	sources: list
});

export function compileClaims(
	files: Record<string, string>,
	problems: Problem[],
	known: { events: ReadonlySet<string>; sources: ReadonlySet<string>; resolve: FigureResolver }
): Claim[] {
	const file = CLAIMS_FILE;
	const rows = readTable(files, file, CLAIM_COLUMNS, schema, problems);
	checkUnique(rows, (d) => d.id, file, 'claim id', problems);
	checkUnique(rows, (d) => String(d.number), file, 'claim number', problems);
	return rows.map(({ line, data: d }) => {
		const report = (message: string) => problems.push({ file, line, message: `claim "${d.id}": ${message}` });
		checkRefs(d.events, known.events, 'event id', report);
		checkSources(d.sources, known.sources, report);
		for (const ref of d.series) {
			const figure = known.resolve(ref);
			if ('error' in figure) report(`figure reference ${ref}: ${figure.error}`);
		}
		return {
			id: d.id,
			number: d.number,
			status: d.status,
			date: d.date,
			text: { en: d.text_en, fr: d.text_fr, ar: d.text_ar },
			now: { en: d.now_en, fr: d.now_fr, ar: d.now_ar },
			events: d.events,
			series: d.series,
			sources: d.sources
		};
	});
}
