import type { Info } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV table with csv-parse, keeping where each record starts so every
 * problem can be reported as `file:line`. Quoted fields may hold commas, doubled
 * quotes and line breaks; the line of a record is the physical line it starts on
 * (the header is line 1).
 */
export interface CsvRecord {
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	/** A structural problem (an unterminated or stray quote), with its line. */
	errors: { line: number; message: string }[];
}

const lineBreaks = (cell: string) => cell.split('\n').length - 1;

export function parseCsv(text: string): CsvTable {
	const errors: CsvTable['errors'] = [];
	// With `info`, each record comes with where it was read (csv-parse's types omit this form).
	const parsed = parse(
		// One kind of line break, so csv-parse counts lines the way an editor shows them.
		text.replace(/\r\n?/g, '\n'),
		{
			bom: true,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true,
			skip_records_with_error: true,
			on_skip: (error) => {
				if (error) errors.push({ line: Number(error.lines), message: error.message });
			}
		}
	) as unknown as { record: string[]; info: Info }[];
	// csv-parse reports the line a record ends on; a quoted line break moves its start up.
	const rows = parsed.map(({ record, info }) => ({
		line: info.lines - record.reduce((n, cell) => n + lineBreaks(cell), 0),
		cells: record
	}));
	// After a broken quote the parser cannot tell where records start again: what follows
	// the first one is not read as data, so it cannot add problems that are not there.
	const readable = errors.length ? rows.filter((r) => r.line < errors[0]!.line) : rows;
	const [head, ...records] = readable;
	return {
		header: head ? head.cells.map((h) => h.trim()) : [],
		records,
		errors: errors.slice(0, 1)
	};
}

/** Quotes a value for CSV output when it needs it. */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [header.map(csvCell), ...rows.map((r) => r.map((v) => csvCell(v as string)))];
	return lines.map((cells) => cells.join(',')).join('\n') + '\n';
}
