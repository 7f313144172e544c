import { parseCsv } from './csv';
import type { Problem } from './problems';

export const EXCEPTIONS_FILE = 'data/style-exceptions.csv';
const COLUMNS = ['file', 'rule', 'text', 'reason'] as const;

/** One listed exception to a style rule: where, which rule, the exact text it covers and why. */
export interface StyleException {
	line: number;
	file: string;
	rule: string;
	text: string;
	reason: string;
	used: boolean;
}

export function readExceptions(
	files: Record<string, string>,
	rules: readonly string[],
	problems: Problem[]
): StyleException[] {
	const raw = files[EXCEPTIONS_FILE];
	if (raw === undefined) return [];
	const table = parseCsv(raw);
	const missing = COLUMNS.filter((c) => !table.header.includes(c));
	if (missing.length) {
		problems.push({ file: EXCEPTIONS_FILE, line: 1, message: `missing column(s): ${missing.join(', ')}` });
		return [];
	}
	const cell = (cells: string[], c: (typeof COLUMNS)[number]) => (cells[table.header.indexOf(c)] ?? '').trim();
	const list: StyleException[] = [];
	for (const r of table.records) {
		const e = {
			line: r.line,
			file: cell(r.cells, 'file'),
			rule: cell(r.cells, 'rule'),
			text: cell(r.cells, 'text'),
			reason: cell(r.cells, 'reason'),
			used: false
		};
		const report = (message: string) => problems.push({ file: EXCEPTIONS_FILE, line: r.line, message });
		if (!rules.includes(e.rule)) report(`rule "${e.rule}" is not one of: ${rules.join(', ')}`);
		else if (!e.file || !e.text) report('an exception needs the file and the exact text it covers');
		else if (!e.reason) report('an exception needs its reason');
		else list.push(e);
	}
	return list;
}

/**
 * True when a listed exception covers this finding: same file and rule, and its text
 * occurs in the line around the character at fault. Marks the exception used.
 */
export function excepted(
	exceptions: readonly StyleException[],
	finding: { file: string; rule: string; text: string; index: number; length?: number }
): boolean {
	const end = finding.index + Math.max(1, finding.length ?? 1);
	for (const e of exceptions) {
		if (e.file !== finding.file || e.rule !== finding.rule) continue;
		for (let at = finding.text.indexOf(e.text); at >= 0; at = finding.text.indexOf(e.text, at + 1)) {
			if (at <= finding.index && at + e.text.length >= end) {
				e.used = true;
				return true;
			}
		}
	}
	return false;
}

/** An exception that no longer covers anything is an error, so the list never outlives the text. */
export function unusedExceptions(exceptions: readonly StyleException[]): Problem[] {
	return exceptions
		.filter((e) => !e.used)
		.map((e) => ({
			file: EXCEPTIONS_FILE,
			line: e.line,
			message: `exception for ${e.rule} "${e.text}" in ${e.file} covers nothing; delete it`
		}));
}
