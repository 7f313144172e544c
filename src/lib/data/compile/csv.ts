/**
 * A small RFC 4180 CSV parser that remembers where each record starts, so every
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
	/** Structural problems (an unterminated quote, a stray quote), with their line. */
	errors: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvTable {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows: CsvRecord[] = [];
	const errors: CsvTable['errors'] = [];
	let line = 1;
	let cells: string[] = [];
	let cell = '';
	let rowLine = 1;
	let inQuotes = false;
	let quoteLine = 1;
	let fieldStarted = false;

	const endCell = () => {
		cells.push(cell);
		cell = '';
		fieldStarted = false;
	};
	const endRow = () => {
		endCell();
		if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
		cells = [];
	};

	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (inQuotes) {
			if (ch === '"') {
				if (source[i + 1] === '"') {
					cell += '"';
					i++;
				} else {
					inQuotes = false;
					const next = source[i + 1];
					if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
						errors.push({ line, message: 'text after a closing quote; double a quote inside a field ("")' });
					}
				}
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
			continue;
		}
		if (ch === '"' && !fieldStarted) {
			inQuotes = true;
			quoteLine = line;
			fieldStarted = true;
		} else if (ch === ',') {
			endCell();
		} else if (ch === '\r' && source[i + 1] === '\n') {
			continue;
		} else if (ch === '\n' || ch === '\r') {
			endRow();
			line++;
			rowLine = line;
		} else {
			if (ch === '"') errors.push({ line, message: 'quote inside an unquoted field' });
			cell += ch;
			fieldStarted = true;
		}
	}
	if (inQuotes) errors.push({ line: quoteLine, message: 'unterminated quoted field' });
	if (cell !== '' || cells.length > 0) endRow();

	const [head, ...records] = rows;
	return { header: head ? head.cells.map((h) => h.trim()) : [], records, errors };
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
