import type { z } from 'zod';
import { parseCsv } from './csv';
import type { Problem } from './problems';

export interface Row<T> {
	line: number;
	data: T;
}

/**
 * Reads one CSV table and validates every record with its zod schema. Each
 * problem is located at the record's first physical line; valid rows are kept
 * so cross-reference checks can still run and report everything in one pass.
 */
export function readTable<S extends z.ZodType>(
	files: Record<string, string>,
	file: string,
	columns: readonly string[],
	schema: S,
	problems: Problem[]
): Row<z.output<S>>[] {
	const raw = files[file];
	if (raw === undefined) {
		problems.push({ file, line: 1, message: 'table is missing' });
		return [];
	}
	const table = parseCsv(raw);
	for (const e of table.errors) problems.push({ file, line: e.line, message: e.message });
	const missing = columns.filter((c) => !table.header.includes(c));
	const unknown = table.header.filter((c) => !columns.includes(c));
	if (missing.length) problems.push({ file, line: 1, message: `missing column(s): ${missing.join(', ')}` });
	if (unknown.length) problems.push({ file, line: 1, message: `unknown column(s): ${unknown.join(', ')}` });
	if (missing.length) return [];

	const rows: Row<z.output<S>>[] = [];
	for (const record of table.records) {
		if (record.cells.length !== table.header.length) {
			problems.push({
				file,
				line: record.line,
				message: `has ${record.cells.length} cells but the header has ${table.header.length}`
			});
			continue;
		}
		const object = Object.fromEntries(table.header.map((h, i) => [h, record.cells[i] ?? '']));
		const result = schema.safeParse(object);
		if (result.success) {
			rows.push({ line: record.line, data: result.data });
		} else {
			for (const issue of result.error.issues) {
				const column = issue.path.join('.');
				problems.push({ file, line: record.line, message: `${column}: ${issue.message}` });
			}
		}
	}
	return rows;
}

/** Reports every id that appears more than once, at its later lines. */
export function checkUnique<T>(
	rows: Row<T>[],
	key: (data: T) => string,
	file: string,
	what: string,
	problems: Problem[]
): void {
	const seen = new Map<string, number>();
	for (const row of rows) {
		const k = key(row.data);
		const first = seen.get(k);
		if (first !== undefined) {
			problems.push({ file, line: row.line, message: `duplicate ${what} "${k}" (first on line ${first})` });
		} else seen.set(k, row.line);
	}
}
