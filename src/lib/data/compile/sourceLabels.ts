import { parseCsv } from './csv';
import type { Problem } from './problems';

export const MIRRORS_FILE = 'data/mirror-sites.csv';

/** A bare IPv4 address: a server, not a publisher a reader can weigh. */
const IP_ADDRESS = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/;

export interface Mirror {
	site: string;
	reason: string;
	line: number;
}

/** The known mirror and proxy sites (data/mirror-sites.csv: site, reason). */
export function readMirrors(files: Record<string, string>, problems: Problem[]): Mirror[] {
	const raw = files[MIRRORS_FILE];
	if (raw === undefined) return [];
	const table = parseCsv(raw);
	const site = table.header.indexOf('site');
	const reason = table.header.indexOf('reason');
	if (site < 0 || reason < 0) {
		problems.push({ file: MIRRORS_FILE, line: 1, message: 'needs the columns site, reason' });
		return [];
	}
	const mirrors: Mirror[] = [];
	for (const r of table.records) {
		const m = { site: (r.cells[site] ?? '').trim(), reason: (r.cells[reason] ?? '').trim(), line: r.line };
		if (!m.site || !m.reason) {
			problems.push({ file: MIRRORS_FILE, line: r.line, message: 'a mirror needs a site and the reason it is one' });
		} else mirrors.push(m);
	}
	return mirrors;
}

export interface LabelFinding {
	line: number;
	column: 'publisher' | 'via';
	text: string;
	message: string;
}

/**
 * A source is shown to readers as its publisher and the site we read it on (`via`).
 * Neither may be a bare IP address or the name of a mirror or proxy site (S20): the
 * label names the original publisher and, for a copy, the outlet that republished it.
 */
export function sourceLabelFindings(raw: string, mirrors: readonly Mirror[]): LabelFinding[] {
	const table = parseCsv(raw);
	const findings: LabelFinding[] = [];
	for (const record of table.records) {
		for (const column of ['publisher', 'via'] as const) {
			const text = (record.cells[table.header.indexOf(column)] ?? '').trim();
			if (!text) continue;
			const ip = IP_ADDRESS.exec(text);
			if (ip) {
				findings.push({
					line: record.line,
					column,
					text,
					message: `${column} "${text}" is a bare IP address; label the source by its original publisher and the outlet it was republished by`
				});
			}
			const lower = text.toLowerCase();
			for (const m of mirrors) {
				if (!lower.includes(m.site.toLowerCase())) continue;
				findings.push({
					line: record.line,
					column,
					text,
					message: `${column} "${text}" names ${m.site}, a mirror or proxy site (${m.reason}; ${MIRRORS_FILE}:${m.line}); label the source by its original publisher`
				});
			}
		}
	}
	return findings;
}
