import type { SourceRef } from './sources';
import type { Locale } from '$story/registry';

/** What every chart is a function of: its data, the story date, the edition. */
export interface ChartProps<D> {
	data: D;
	/** The shared link table. */
	links: SourceRef[];
	/** The story clock (YYYY-MM-DD). */
	date: string;
	locale: Locale;
	/** Animate changes between steps (false for jumps and reduced motion). */
	animate: boolean;
}

/**
 * The size a chart is drawn at before it can measure its box (the server render, and
 * hydrating it): a phone's stage. A context under this key may set another.
 */
export const DRAW_SIZE = 'chart-draw-size';
export const DEFAULT_DRAW_SIZE = { width: 360, height: 260 };

/**
 * Context key: the drawing is for a renderer without CSS transforms (the share cards'
 * resvg), so marks that glide on the page by a CSS transform are placed by their SVG
 * `transform` attribute alone.
 */
export const STILL_DRAWING = Symbol('still drawing');

/**
 * Context key: draw the plot alone, as SVG children of a root the caller owns (a share
 * card's graphic box), without the frame's HTML (title, key, source line, table), which
 * the card sets in its own words around the box.
 */
export const PLOT_ONLY = Symbol('plot only');
