import type { Box } from '../labels';

/**
 * Label tiers by stage-square size (px). Labels keep their pixel size while the map
 * grows with the stage, so bigger stages fit more: tier 0 fits the smallest phone
 * (a 320 px screen leaves a square of about 220 px), tier 1 common phones, tier 2
 * desktop. `stages` are the sizes a tier is checked at (see labels.ts); the page
 * shows a tier with a container query on `min`.
 */
export const LABEL_TIERS = [
	{ min: 0, stages: [215, 250, 290] },
	{ min: 330, stages: [330, 380, 450, 520] },
	{ min: 600, stages: [600, 700, 850, 1000] }
] as const;
/** Stage edges the date (top) and the legend (bottom) cover, in px of the stage square. */
const TOP_INSET = 36;
/** Extra room under the date for the 'control before the offensive' note. */
const NOTE_INSET = 30;
const BOTTOM_INSET = 4;
/** The locator inset's box from the top right corner, px. */
const LOCATOR_SIZE = [110, 100] as const;

/** Where labels may go on a stage square, and the corners its insets cover. */
export interface StageRoom {
	bounds: (stage: number) => Box;
	reserved: (stage: number) => Box[];
}

/**
 * The room on a stage: the date (its text `dateText`) covers only the top left
 * corner; the note under it, when shown, spans the top. The scale bar (bottom right)
 * and the locator inset (top right) sit over the square's corners on a narrow stage.
 */
export function stageRoom(dateText: string, withNote: boolean, withLocator: boolean): StageRoom {
	const dateWidth = 8 + 14 + dateText.length * 16 * 0.62;
	return {
		bounds: (stage) => ({
			x0: 2,
			y0: withNote ? TOP_INSET + NOTE_INSET : 2,
			x1: stage - 2,
			y1: stage - BOTTOM_INSET
		}),
		reserved: (stage) => [
			{ x0: 0, y0: 0, x1: dateWidth, y1: TOP_INSET },
			{ x0: stage * 0.78, y0: stage - 26, x1: stage, y1: stage },
			...(withLocator
				? [{ x0: stage - LOCATOR_SIZE[0], y0: 0, x1: stage, y1: LOCATOR_SIZE[1] }]
				: [])
		]
	};
}
