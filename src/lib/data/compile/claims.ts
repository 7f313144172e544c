import { z } from 'zod';
import type { Claim } from '../types';
import type { Problem } from './problems';
import { checkRefs, checkSources } from './refs';
import type { FigureResolver } from './resolve';
import { CLAIM_STATUS } from './schemas';
import { cell, columnsOf, inputColumns, kind, rowSchema } from './columns';
import { checkUnique, readTable } from './table';

export const CLAIMS_FILE = 'data/claims.csv';
/** claims.csv: each claim of the 31 July AFP report the story checks; the download writes the same columns back. */
export const CLAIM_COLUMNS = columnsOf<Claim>()({
	id: { ...kind.id, description: 'Claim id', constraints: { ...kind.id.constraints, unique: true }, cell: (c) => c.id },
	number: {
		parse: z
			.string()
			.trim()
			.pipe(z.string().regex(/^\d+$/, { message: 'must be a whole number' }))
			.transform(Number),
		type: 'integer',
		constraints: { required: true, unique: true },
		description: 'Order of the claim in the report',
		cell: (c) => String(c.number)
	},
	status: { ...kind.choice(CLAIM_STATUS), description: 'What later sources show', cell: (c) => c.status },
	date: { ...kind.optionalDay, description: 'The day the claim refers to, if any', cell: (c) => c.date ?? '' },
	text_en: { ...kind.required('the claim in English'), description: 'The claim, reworded, in English', cell: (c) => c.text.en },
	text_fr: { ...kind.required('the claim in French'), description: 'The claim, reworded, in French', cell: (c) => c.text.fr },
	text_ar: { ...kind.required('the claim in Arabic'), description: 'The claim, reworded, in Arabic', cell: (c) => c.text.ar },
	now_en: { ...kind.required('what we know now, in English'), description: 'What we know now, in English', cell: (c) => c.now.en },
	now_fr: { ...kind.required('what we know now, in French'), description: 'What we know now, in French', cell: (c) => c.now.fr },
	now_ar: { ...kind.required('what we know now, in Arabic'), description: 'What we know now, in Arabic', cell: (c) => c.now.ar },
	events: { ...kind.list, description: 'Related events (ids in events.csv)', cell: (c) => cell.list(c.events) },
	series: {
		...kind.list,
		description: 'Figures that bear on the claim, as series@date#unit (rows of series.csv)',
		cell: (c) => cell.list(c.series)
	},
	sources: { ...kind.list, description: 'Sources (ids in sources.csv)', cell: (c) => cell.list(c.sources) }
});

const schema = rowSchema(CLAIM_COLUMNS);

export function compileClaims(
	files: Record<string, string>,
	problems: Problem[],
	known: { events: ReadonlySet<string>; sources: ReadonlySet<string>; resolve: FigureResolver }
): Claim[] {
	const file = CLAIMS_FILE;
	const rows = readTable(files, file, inputColumns(CLAIM_COLUMNS), schema, problems);
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
