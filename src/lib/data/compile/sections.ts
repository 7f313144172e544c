import type { Paragraph, SectionPart, SectionText, StorySections } from '../../story/types';
import { parseParagraphs, type FigureResolver } from './inline';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The blocks after the scrolled steps, as written in the story file. */
const SECTION_KEYS = {
	claims: 'claimsSection',
	disagreements: 'disagreementsSection',
	methodology: 'methodologySection'
} as const;
const PART_ARRAYS = { disagreements: 'disagreementTopics', methodology: 'methodologyParts' } as const;

type Report = (line: number, message: string) => void;

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** 1-based line of the first line matching `pattern`, or 1. */
function lineOf(lines: string[], pattern: RegExp, from = 0): number {
	for (let i = from; i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
	return 1;
}

/** 1-based lines where each item (an `id:` line) of `[name]` begins. */
function itemStarts(lines: string[], name: string): number[] {
	const starts: number[] = [];
	let inside = false;
	lines.forEach((line, i) => {
		const t = line.trim().toLowerCase();
		if (t === `[${name.toLowerCase()}]`) inside = true;
		else if (t.startsWith('[')) inside = false;
		else if (inside && /^id\s*:/.test(t)) starts.push(i + 1);
	});
	return starts;
}

/**
 * Parses the section blocks of one edition (`{claimsSection}`, `{disagreementsSection}`
 * + `[disagreementTopics]`, `{methodologySection}` + `[methodologyParts]`). A story file
 * without any of them has no sections (null); one with some must have all of them.
 */
export function parseSections(
	doc: Record<string, unknown>,
	raw: string,
	resolve: FigureResolver,
	report: Report
): StorySections | null {
	const lines = raw.split(/\r?\n/);
	const present = Object.values(SECTION_KEYS).filter((k) => doc[k] !== undefined);
	if (present.length === 0) return null;

	const paragraphs = (value: string, line: number, where: string): Paragraph[] =>
		parseParagraphs(value, resolve, (m) => report(line, `${where}: ${m}`));

	const section = (key: string): SectionText => {
		const block = doc[key];
		const at = lineOf(lines, new RegExp(`^\\s*\\{${key}\\}\\s*$`, 'i'));
		if (!block || typeof block !== 'object') {
			report(at, `missing {${key}} block (title, intro)`);
			return { title: '', intro: [] };
		}
		const b = block as Record<string, unknown>;
		const title = text(b.title);
		if (!title) report(at, `{${key}} has no title`);
		const intro = paragraphs(text(b.intro), lineOf(lines, /^\s*intro\s*:/i, at), key);
		if (intro.length === 0) report(at, `{${key}} has no intro`);
		return { title, intro };
	};

	const parts = (name: string): SectionPart[] => {
		const items = Array.isArray(doc[name]) ? (doc[name] as Record<string, unknown>[]) : [];
		const starts = itemStarts(lines, name);
		if (items.length === 0) report(lineOf(lines, /^\s*\[/), `missing [${name}] (items with id, title, text)`);
		const seen = new Set<string>();
		return items.map((item, i) => {
			const line = starts[i] ?? 1;
			const id = text(item.id);
			if (!ID.test(id)) report(line, `[${name}]: id "${id}" must be a slug`);
			if (seen.has(id)) report(line, `[${name}]: duplicate id "${id}"`);
			seen.add(id);
			const title = text(item.title);
			if (!title) report(line, `[${name}] "${id}" has no title`);
			const body = paragraphs(text(item.text), line, `[${name}] "${id}"`);
			if (body.length === 0) report(line, `[${name}] "${id}" has no text`);
			return { id, title, text: body };
		});
	};

	return {
		claims: section(SECTION_KEYS.claims),
		disagreements: { ...section(SECTION_KEYS.disagreements), parts: parts(PART_ARRAYS.disagreements) },
		methodology: { ...section(SECTION_KEYS.methodology), parts: parts(PART_ARRAYS.methodology) }
	};
}

/** Line of a topic's `id:` in `[disagreementTopics]`, for cross-file errors. */
export function topicLine(raw: string, id: string): number {
	const lines = raw.split(/\r?\n/);
	const starts = itemStarts(lines, PART_ARRAYS.disagreements);
	return starts.find((l) => text(lines[l - 1]?.split(':').slice(1).join(':')) === id) ?? 1;
}
