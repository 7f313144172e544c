import type { Bundle } from '../types';
import type { Story } from '../../story/types';
import { LOCALES } from '../../story/registry';
import { compileTables, figureResolver, highlightableIds } from './tables';
import { compareEditions, parseStory } from './story';
import { CompileError, type Problem } from './problems';
import { compileDisagreements, DISAGREEMENTS_FILE } from './disagreements';
import { topicLine } from './sections';
import { checkStyle } from './style';
import { compileReleases } from './releases';
import { checkCorrectedSteps, compileCorrections, markingCorrections } from './corrections';

/** Input files by path relative to the project root (`data/events.csv`, `data/story/en.aml`, …). */
export type SourceFiles = Record<string, string>;

/** Validates and joins every input; throws CompileError listing every problem found. */
export function compileBundle(files: SourceFiles): Bundle {
	const problems: Problem[] = [];
	const { dataset, problems: tableProblems } = compileTables(files);
	problems.push(...tableProblems);
	const releases = compileReleases(files, problems);
	const resolve = figureResolver(dataset);
	const { corrections, lines } = compileCorrections(files, problems, {
		versions: new Set(releases.map((r) => r.version)),
		claims: new Set(dataset.claims.map((c) => c.id)),
		sources: new Set(dataset.sources.map((s) => s.id)),
		resolve
	});
	const context = { resolveFigure: markingCorrections(resolve, corrections), knownIds: highlightableIds(dataset) };

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
	const disagreements = compileDisagreements(files, dataset, context.resolveFigure, problems);
	problems.push(...checkTopics(disagreements, parsed, files));
	problems.push(...checkStyle(files, context.resolveFigure));
	if (ref) problems.push(...checkCorrectedSteps(corrections, lines, new Set(ref.steps.map((s) => s.slug))));
	if (problems.length > 0) throw new CompileError(problems);
	const record = { releases, current: releases.at(-1)!, corrections };
	return { record, dataset, stories: { en: parsed.en!, fr: parsed.fr!, ar: parsed.ar! }, disagreements };
}

/** Every version's topic is written up in the story files, and every topic has two versions or more. */
function checkTopics(
	versions: Bundle['disagreements'],
	stories: Record<string, Story | null>,
	files: SourceFiles
): Problem[] {
	const problems: Problem[] = [];
	const ref = stories[LOCALES[0]];
	if (!ref?.sections) return problems;
	const topics = new Set(ref.sections.disagreements.parts.map((p) => p.id));
	for (const v of versions) {
		if (!topics.has(v.topic)) {
			problems.push({
				file: DISAGREEMENTS_FILE,
				line: v.line,
				message: `topic "${v.topic}" is not in [disagreementTopics] of data/story/${LOCALES[0]}.aml`
			});
		}
	}
	for (const topic of topics) {
		const count = versions.filter((v) => v.topic === topic).length;
		if (count < 2) {
			const file = `data/story/${LOCALES[0]}.aml`;
			problems.push({
				file,
				line: topicLine(files[file] ?? '', topic),
				message: `topic "${topic}" has ${count} version(s) in ${DISAGREEMENTS_FILE}; a disagreement needs two or more`
			});
		}
	}
	return problems;
}
