import { LOCALES } from '../../story/registry';
import type { ResolvedFigure } from '../../story/types';
import { CLAIMS_FILE } from './claims';
import { CORRECTIONS_FILE } from './corrections';
import { DISAGREEMENTS_FILE } from './disagreements';
import { EVENTS_FILE } from './events';
import { EXCEPTIONS_FILE, excepted, readExceptions, unusedExceptions } from './exceptions';
import type { Problem } from './problems';
import { storyProse, tableProse, type ProseLine } from './prose';
import { doubledQualifiers } from './qualifiers';
import { readMirrors, sourceLabelFindings } from './sourceLabels';
import { SOURCES_FILE } from './sources';
import { proseFindings } from './typography';

export const STYLE_RULES = [
	'doubled-qualifier',
	'prose-qualifier',
	'digit-under-ten',
	'straight-quote',
	'french-space',
	'arabic-script',
	'arabic-digits',
	'source-label'
] as const;

/** The prose columns of the tables, by file. */
const PROSE_COLUMNS: Record<string, readonly string[]> = {
	[CLAIMS_FILE]: ['text_en', 'text_fr', 'text_ar', 'now_en', 'now_fr', 'now_ar'],
	[DISAGREEMENTS_FILE]: ['says_en', 'says_fr', 'says_ar', 'who_en', 'who_fr', 'who_ar'],
	// Shown in the timeline chart's data table.
	[EVENTS_FILE]: ['summary_en', 'summary_fr', 'summary_ar'],
	// Printed after the story and on the records page.
	[CORRECTIONS_FILE]: ['what_en', 'what_fr', 'what_ar', 'why_en', 'why_fr', 'why_ar']
};

/** "…kept only 7 small villages…": the words around a finding, for the message. */
function excerpt(text: string, index: number): string {
	const start = Math.max(0, index - 24);
	const end = Math.min(text.length, index + 24);
	return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export function proseLines(files: Record<string, string>): ProseLine[] {
	const lines: ProseLine[] = [];
	for (const locale of LOCALES) {
		const file = `data/story/${locale}.aml`;
		const raw = files[file];
		if (raw !== undefined) lines.push(...storyProse(file, raw, locale));
	}
	for (const [file, columns] of Object.entries(PROSE_COLUMNS)) {
		const raw = files[file];
		if (raw !== undefined) lines.push(...tableProse(file, raw, columns));
	}
	return lines;
}

/**
 * The house-style checks (issue 20): a qualifier written twice, digits under ten, straight
 * quotes, French no-break spaces and source labels that name a mirror or an IP address.
 * Each finding is an error at its file and line unless data/style-exceptions.csv lists it
 * with a reason; an exception that covers nothing is an error too.
 */
export function checkStyle(
	files: Record<string, string>,
	resolve: (ref: string) => ResolvedFigure | { error: string },
	rules: ReadonlySet<string> = new Set(STYLE_RULES)
): Problem[] {
	const problems: Problem[] = [];
	const exceptions = readExceptions(files, STYLE_RULES, problems);
	const report = (file: string, line: number, rule: string, text: string, index: number, message: string) => {
		if (excepted(exceptions, { file, rule, text, index })) return;
		problems.push({ file, line, message: `${rule}: ${message} (in "${excerpt(text, index)}")` });
	};
	for (const line of proseLines(files)) {
		for (const f of doubledQualifiers(line, resolve)) {
			if (!rules.has(f.rule)) continue;
			report(line.file, line.line, f.rule, line.text, f.index, f.message);
		}
		for (const f of proseFindings(line.text, line.locale)) {
			report(line.file, line.line, f.rule, line.text, f.index, f.message);
		}
	}
	const sources = files[SOURCES_FILE];
	if (sources !== undefined) {
		for (const f of sourceLabelFindings(sources, readMirrors(files, problems))) {
			if (excepted(exceptions, { file: SOURCES_FILE, rule: 'source-label', text: f.text, index: 0, length: f.text.length })) continue;
			problems.push({ file: SOURCES_FILE, line: f.line, message: `source-label: ${f.message}` });
		}
	}
	problems.push(...unusedExceptions(exceptions));
	return problems;
}

export { EXCEPTIONS_FILE };
