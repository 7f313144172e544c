import { z } from 'zod';
import type { Source } from '../types';
import type { Problem } from './problems';
import { PARTIAL_DATE, SOURCE_END, SOURCE_KINDS, STORY_START, partialDate, url } from './schemas';
import { columnsOf, inputColumns, kind, rowSchema } from './columns';
import { checkUnique, readTable } from './table';

export const SOURCES_FILE = 'data/sources.csv';
/** sources.csv: one row per source; the download writes the same columns back. */
export const SOURCE_COLUMNS = columnsOf<Source>()({
	id: { ...kind.id, description: 'Source id', constraints: { ...kind.id.constraints, unique: true }, cell: (s) => s.id },
	publisher: { ...kind.required('a publisher'), description: 'Who published the story or report', cell: (s) => s.publisher },
	via: { ...kind.text, description: 'The site carrying the copy we read of a wire or agency story', cell: (s) => s.via },
	date: {
		...kind.text,
		parse: z
			.string()
			.trim()
			.superRefine((value, ctx) => {
				if (value === '') return;
				const parsed = partialDate(value);
				if (!parsed) ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)` });
				else if (parsed.start < STORY_START || parsed.start > SOURCE_END) {
					ctx.addIssue({ code: 'custom', message: `${value} is outside ${STORY_START} .. ${SOURCE_END}` });
				}
			})
			.transform((v) => v || null),
		constraints: { pattern: PARTIAL_DATE.source },
		description: 'Publication date: YYYY-MM-DD, YYYY-MM or YYYY (empty when undated)',
		cell: (s) => s.date ?? ''
	},
	url: { parse: url, type: 'string', constraints: { required: true, unique: true }, description: 'Address of the story', cell: (s) => s.url },
	alternates: {
		type: 'list',
		delimiter: ' ',
		itemType: 'string',
		parse: z
			.string()
			.trim()
			.transform((s) => s.split(/\s+/).filter(Boolean))
			.pipe(z.array(z.string().regex(/^https?:\/\/\S+$/, { message: 'alternates must be http(s) URLs separated by spaces' }))),
		description: 'Other copies of the same story, addresses separated by spaces',
		cell: (s) => s.alternates.join(' ')
	},
	kind: { ...kind.choice(SOURCE_KINDS), description: 'Kind of source; partisan outlets are tagged as such', cell: (s) => s.kind },
	language: {
		type: 'string',
		parse: z
			.string()
			.trim()
			.pipe(z.string().regex(/^[a-z]{2}$/, { message: 'must be a two-letter language code' })),
		constraints: { required: true, pattern: '^[a-z]{2}$' },
		description: 'Language of the story (ISO 639-1)',
		cell: (s) => s.language
	},
	note: { ...kind.text, description: 'Editorial note', cell: (s) => s.note }
});

const schema = rowSchema(SOURCE_COLUMNS);

export function compileSources(files: Record<string, string>, problems: Problem[]): Source[] {
	const file = SOURCES_FILE;
	const rows = readTable(files, file, inputColumns(SOURCE_COLUMNS), schema, problems);
	checkUnique(rows, (d) => d.id, file, 'source id', problems);
	const urls = new Map<string, number>();
	for (const { line, data } of rows) {
		for (const u of [data.url, ...data.alternates]) {
			const first = urls.get(u);
			if (first !== undefined) {
				problems.push({ file, line, message: `URL ${u} is already source on line ${first}; one story is one source` });
			} else urls.set(u, line);
		}
	}
	return rows.map(({ data }) => ({ ...data }));
}
