import type { Locale } from '../../story/registry';
import { parseCsv } from './csv';

/** One physical line of text a reader sees, with where it is written. */
export interface ProseLine {
	file: string;
	line: number;
	locale: Locale;
	text: string;
}

/** ArchieML keys that hold identifiers, dates or graphic state rather than words. */
const NOT_PROSE = new Set(['slug', 'date', 'graphic', 'view', 'layers', 'highlight', 'published', 'updated', 'id']);
/** A key line, as ArchieML reads it (so a prose line that looks like one starts a new key there too). */
const KEY_LINE = /^\s*([A-Za-z0-9_.-]+)\s*:(.*)$/;

/**
 * The prose of a story file, line by line, read the way ArchieML reads it: the value on a
 * key line, and the lines after it only when a `:end` closes them (ArchieML drops them
 * otherwise). Lines outside any value (the comments at the top) are not prose.
 */
export function storyProse(file: string, raw: string, locale: Locale): ProseLine[] {
	const out: ProseLine[] = [];
	let open: { prose: boolean; pending: ProseLine[] } | null = null;
	raw.split(/\r?\n/).forEach((text, i) => {
		const line = i + 1;
		const trimmed = text.trim();
		if (/^:end\b/i.test(trimmed)) {
			if (open?.prose) out.push(...open.pending);
			open = null;
			return;
		}
		if (/^[[{]/.test(trimmed)) {
			open = null;
			return;
		}
		const key = KEY_LINE.exec(text);
		if (key) {
			const prose = !NOT_PROSE.has(key[1]!.toLowerCase());
			open = { prose, pending: [] };
			if (prose) out.push({ file, line, locale, text: key[2]! });
			return;
		}
		if (open?.prose) open.pending.push({ file, line, locale, text });
	});
	return out;
}

/**
 * The prose cells of a CSV table, one entry per physical line, for columns named
 * `<something>_en`, `_fr` or `_ar` among `columns`.
 */
export function tableProse(file: string, raw: string, columns: readonly string[]): ProseLine[] {
	const table = parseCsv(raw);
	const out: ProseLine[] = [];
	for (const record of table.records) {
		let line = record.line;
		record.cells.forEach((cell, i) => {
			const column = table.header[i] ?? '';
			const locale = /_(en|fr|ar)$/.exec(column)?.[1] as Locale | undefined;
			const parts = cell.split('\n');
			if (locale && columns.includes(column)) {
				parts.forEach((text, k) => out.push({ file, line: line + k, locale, text }));
			}
			line += parts.length - 1;
		});
	}
	return out;
}
