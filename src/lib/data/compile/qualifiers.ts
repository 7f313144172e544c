import { formatFigure } from '../../story/format';
import type { ResolvedFigure } from '../../story/types';
import type { ProseLine } from './prose';

/**
 * Words that qualify a number, in either edition. The page writes a figure's own
 * qualifier from its series.csv row, so the prose just before a reference must not
 * add one: "Up to {ref}" printed "Up to up to 189,000" (M1), and "about {ref}" over a
 * bare row is a qualifier the data does not carry.
 */
const QUALIFIER_WORDS = [
	'at least',
	'more than',
	'over',
	'up to',
	'as many as',
	'as few as',
	'about',
	'around',
	'roughly',
	'approximately',
	'some',
	'nearly',
	'almost',
	'fewer than',
	'less than',
	'under',
	'no fewer than',
	'no more than',
	'at most',
	'au moins',
	'plus de',
	'jusqu’à',
	'environ',
	'près de',
	'presque',
	'quelque',
	'quelques',
	'moins de',
	'pas moins de',
	'au plus',
	'au maximum',
	'autour de',
	'quasiment'
];
/** Longest first so "no fewer than" is named whole, not as "fewer than". */
const BEFORE_FIGURE = new RegExp(
	`(?:^|[^\\p{L}])(${[...QUALIFIER_WORDS]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/’/g, "['’]").replace(/ /g, '[\\s\\u00a0\\u202f]+'))
		.join('|')})[\\s\\u00a0\\u202f]*$`,
	'iu'
);
const REFERENCE = /\{([a-z][a-z0-9_]*@[^{}]+)\}/g;

export interface QualifierFinding {
	/** `doubled-qualifier`: the page already writes one; `prose-qualifier`: the row has none. */
	rule: 'doubled-qualifier' | 'prose-qualifier';
	index: number;
	message: string;
}

/** The words the page writes before the number: "up to" in "up to 189,000", or "". */
export function renderedQualifier(figure: ResolvedFigure, locale: ProseLine['locale']): string {
	const text = formatFigure(figure, locale);
	return text.slice(0, text.search(/\d/)).trim();
}

/**
 * Every figure reference on the line whose prose immediately before it ends with a
 * qualifier word. References that do not resolve are reported elsewhere.
 */
export function doubledQualifiers(
	line: ProseLine,
	resolve: (ref: string) => ResolvedFigure | { error: string }
): QualifierFinding[] {
	const findings: QualifierFinding[] = [];
	for (const m of line.text.matchAll(REFERENCE)) {
		const index = m.index ?? 0;
		const words = BEFORE_FIGURE.exec(line.text.slice(0, index).replace(/\*/g, ''));
		if (!words) continue;
		const figure = resolve(m[1]!.trim());
		if ('error' in figure) continue;
		const said = words[1]!;
		const own = renderedQualifier(figure, line.locale);
		const printed = formatFigure(figure, line.locale);
		findings.push({
			rule: own ? 'doubled-qualifier' : 'prose-qualifier',
			index: index - said.length,
			message: own
				? `"${said} {${m[1]}}" prints "${said} ${printed}": the figure already carries its qualifier from series.csv; delete "${said}" from the prose`
				: `"${said} {${m[1]}}": a figure's qualifier comes from its series.csv row (it prints "${printed}"); record the source's words in the row, or delete "${said}"`
		});
	}
	return findings;
}
