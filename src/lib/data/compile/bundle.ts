import type { Bundle } from '../types';
import { LOCALES } from '../../story/registry';
import { compileTables, figureResolver, highlightableIds } from './tables';
import { compareEditions, parseStory } from './story';
import { CompileError, type Problem } from './problems';

/** Input files by path relative to the project root (`data/events.csv`, `data/story/en.aml`, …). */
export type SourceFiles = Record<string, string>;

/** Validates and joins every input; throws CompileError listing every problem found. */
export function compileBundle(files: SourceFiles): Bundle {
	const problems: Problem[] = [];
	const { dataset, problems: tableProblems } = compileTables(files);
	problems.push(...tableProblems);
	const context = { resolveFigure: figureResolver(dataset), knownIds: highlightableIds(dataset) };

	const [reference, ...others] = LOCALES;
	const storyFile = (locale: string) => `data/story/${locale}.aml`;
	const parsed = Object.fromEntries(
		LOCALES.map((locale) => {
			const file = storyFile(locale);
			const raw = files[file];
			if (raw === undefined) {
				problems.push({ file, line: 1, message: 'story file is missing' });
				return [locale, null];
			}
			const result = parseStory(file, raw, locale, context);
			problems.push(...result.problems);
			return [locale, result.story];
		})
	);
	const ref = parsed[reference];
	for (const locale of others) {
		const other = parsed[locale];
		if (ref && other) {
			problems.push(...compareEditions(ref, storyFile(locale), files[storyFile(locale)] ?? '', other));
		}
	}
	if (problems.length > 0) throw new CompileError(problems);
	return { dataset, stories: { en: parsed.en!, fr: parsed.fr! } };
}
