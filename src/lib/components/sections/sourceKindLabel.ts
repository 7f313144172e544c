import type { SourceKind } from '$lib/data/types';

/** A source kind as the story file names it (`media` → `ui.kindMedia`), or the kind itself. */
export function sourceKindLabel(kind: SourceKind, ui: Record<string, string>): string {
	const key = 'kind' + kind.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
	return ui[key] ?? kind;
}
