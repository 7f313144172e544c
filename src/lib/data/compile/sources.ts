import { z } from 'zod';
import type { Source } from '../types';
import type { Problem } from './problems';
import { SOURCE_END, SOURCE_KINDS, STORY_START, id, oneOf, partialDate, required, url } from './schemas';
import { checkUnique, readTable } from './table';

export const SOURCES_FILE = 'data/sources.csv';
export const SOURCE_COLUMNS = [
	'id',
	'publisher',
	'via',
	'date',
	'url',
	'alternates',
	'kind',
	'language',
	'note'
] as const;

const schema = z.object({
	id,
	publisher: required('a publisher'),
	via: z.string().trim(),
	date: z
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
	url,
	alternates: z
		.string()
		.trim()
		.transform((s) => s.split(/\s+/).filter(Boolean))
		.pipe(z.array(z.string().regex(/^https?:\/\/\S+$/, { message: 'alternates must be http(s) URLs separated by spaces' }))),
	kind: oneOf(SOURCE_KINDS),
	language: z
		.string()
		.trim()
		.pipe(z.string().regex(/^[a-z]{2}$/, { message: 'must be a two-letter language code' })),
	note: z.string().trim()
});

export function compileSources(files: Record<string, string>, problems: Problem[]): Source[] {
	const file = SOURCES_FILE;
	const rows = readTable(files, file, SOURCE_COLUMNS, schema, problems);
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
