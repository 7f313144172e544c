import type { Dataset } from '../types';
import type { ResolvedFigure } from '../../story/types';
import type { Problem } from './problems';
import { compileClaims } from './claims';
import { compileControl } from './control';
import { compileEvents } from './events';
import { compilePlaces } from './places';
import { figureResolver as resolver } from './resolve';
import { compileSeries } from './series';
import { compileSources } from './sources';

/**
 * Validates every table in data/ and joins them into the typed dataset. Problems are
 * collected, never thrown, so one run reports everything that is wrong.
 */
export function compileTables(files: Record<string, string>): {
	dataset: Dataset;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const places = compilePlaces(files, problems);
	const sources = compileSources(files, problems);
	const known = {
		places: new Set(places.map((p) => p.id)),
		sources: new Set(sources.map((s) => s.id))
	};
	const events = compileEvents(files, problems, known);
	const series = compileSeries(files, problems, known);
	const control = compileControl(files, problems, known);
	const partial: Dataset = { events, places, sources, series, control, claims: [] };
	const claims = compileClaims(files, problems, {
		events: new Set(events.map((e) => e.id)),
		sources: known.sources,
		resolve: resolver(partial)
	});
	return { dataset: { ...partial, claims }, problems };
}

export function figureResolver(dataset: Dataset) {
	const resolve = resolver(dataset);
	return (ref: string): ResolvedFigure | { error: string } => resolve(ref);
}

/** Ids a story step may highlight: places and events. */
export function highlightableIds(dataset: Dataset): Set<string> {
	return new Set([...dataset.places.map((p) => p.id), ...dataset.events.map((e) => e.id)]);
}
