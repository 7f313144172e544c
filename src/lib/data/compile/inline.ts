import type { Paragraph, ResolvedFigure, Segment } from '../../story/types';

export type FigureResolver = (ref: string) => ResolvedFigure | { error: string };

/**
 * Story prose uses three inline marks, kept small so journalists can learn them at a glance:
 * `{series@YYYY-MM-DD}` or `{series@YYYY-MM-DD#unit}` for a number from the dataset,
 * `*words*` for emphasis, `[words](https://…)` for a link.
 */
const TOKEN = /\{([^{}]+)\}|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(
	text: string,
	resolve: FigureResolver,
	report: (message: string) => void
): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(TOKEN)) {
		const index = match.index ?? 0;
		if (index > last) segments.push({ kind: 'text', text: text.slice(last, index) });
		last = index + match[0].length;
		const [, ref, emphasis, linkText, href] = match;
		if (ref !== undefined) {
			const figure = resolve(ref.trim());
			if ('error' in figure) {
				report(`unknown figure reference {${ref}}: ${figure.error}`);
				segments.push({ kind: 'text', text: match[0] });
			} else {
				segments.push({ kind: 'figure', ref: ref.trim(), figure });
			}
		} else if (emphasis !== undefined) {
			segments.push({ kind: 'emphasis', text: emphasis });
		} else if (linkText !== undefined && href !== undefined) {
			if (!/^https?:\/\//.test(href) && !href.startsWith('#')) {
				report(`link "${linkText}" must point to http(s) or a #section, not ${href}`);
			}
			segments.push({ kind: 'link', text: linkText, href });
		}
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
	return segments;
}

/** Blank lines separate paragraphs; single newlines inside a paragraph are spaces. */
export function parseParagraphs(
	text: string,
	resolve: FigureResolver,
	report: (message: string) => void
): Paragraph[] {
	return text
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map((block) => parseInline(block, resolve, report));
}
