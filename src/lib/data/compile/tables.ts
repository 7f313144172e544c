import type { Dataset } from '../types';
import type { ResolvedFigure } from '../../story/types';
import type { Problem } from './problems';

/** Placeholder until the dataset compile lands: an empty, valid dataset. */
export function compileTables(files: Record<string, string>): {
	dataset: Dataset;
	problems: Problem[];
} {
	void files;
	return { dataset: { events: [], places: [], sources: [] }, problems: [] };
}

export function figureResolver(dataset: Dataset) {
	void dataset;
	return (ref: string): ResolvedFigure | { error: string } => ({ error: `no series for ${ref}` });
}

export function highlightableIds(dataset: Dataset): Set<string> {
	return new Set([...dataset.places.map((p) => p.id), ...dataset.events.map((e) => e.id)]);
}
