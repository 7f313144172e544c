import { formatProseFigure } from './format';
import type { Locale } from './registry';
import type { Paragraph } from './types';

/** A paragraph as plain text (figures formatted as the reader sees them), for meta descriptions. */
export function plainText(paragraph: Paragraph, locale: Locale): string {
	return paragraph
		.map((segment) =>
			segment.kind === 'figure' ? formatProseFigure(segment.figure, locale) : segment.text
		)
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Cuts text at a word boundary so a card's description does not end mid-word. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
