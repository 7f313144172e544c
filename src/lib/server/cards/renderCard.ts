import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { building } from '$app/environment';
import ChartCard from '$components/cards/ChartCard.svelte';
import MapCard from '$components/cards/MapCard.svelte';
import { CARD_WIDTH } from '$lib/embed/paths';
import { chartCaption } from '$lib/charts/caption';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { storyGraphics } from '$lib/server/storyPage';
import { formatDate } from '$story/format';
import type { Locale } from '$story/registry';
import type { Step } from '$story/types';
import { cardSvg, type CardBox } from './cardSvg';
import { ARABIC_FONT_FAMILY } from '$lib/server/arabicFont';
import { EDITIONS } from '$story/editions';

/**
 * Social cards, rendered at build time (prerendered endpoint) from the SVG the
 * graphic component draws for the step. resvg cannot read woff2 or system fonts
 * reliably, so the card uses the TrueType files committed in data/fonts/. PNGs are
 * cached by a hash of their SVG, so a rebuild redraws only sections that changed.
 */

const FONT_FAMILY = 'Source Sans 3';
const FONT_FILES = ['SourceSans3-Regular.ttf', 'SourceSans3-Bold.ttf'].map((file) =>
	resolve('data/fonts', file)
);
const CACHE_DIR = resolve('.cache/cards');
/** Bump when the rasteriser's settings change, so cached PNGs are redrawn. */
const RENDERER_VERSION = 'resvg-2.6.2/2';

/**
 * The stylesheets the client build wrote, as it wrote them: the graphic's classes are
 * scoped by Svelte, and their rules (the map's strokes and fills, a chart's) are compiled
 * into these files, not into the server render. resvg applies their plain selectors; it
 * reads no custom properties, and no rule the cards' graphics match takes its value
 * from one (the cards' PNGs were the same with the properties resolved). Outside a build
 * (unit tests) there may be none; in a build, a card without them would be drawn without
 * its map's colours, so it stops the build instead.
 */
function clientCss(): string {
	const dir = resolve('.svelte-kit/output/client/_app/immutable/assets');
	const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.css')) : [];
	if (building && files.length === 0) {
		throw new Error(`social cards: no stylesheet from the client build in ${dir}`);
	}
	return files
		.sort()
		.map((file) => readFileSync(join(dir, file), 'utf8'))
		.join('\n');
}

let cssCache: string | null = null;

/**
 * The graphic's own labels in an Arabic card: Noto Naskh Arabic first (the page's custom
 * properties resolve to the Latin stack, and resvg drew bold Arabic in it as empty boxes),
 * its card subset carries Western digits and Latin letters too (arabicCardFonts), since
 * resvg never falls back to Source Sans inside a run.
 */
const RTL_CARD_CSS = `text,tspan{font-family:'${ARABIC_FONT_FAMILY}','Source Sans 3' !important}`;

/** The words beside the graphic, when they are not the step's own (the whole story's card). */
export interface CardWords {
	headline: string;
	kicker: string;
	foot: string;
}

export function stepCardSvg(locale: Locale, step: Step, words?: CardWords): string {
	const graphics = storyGraphics(locale);
	const story = (bundleJson as unknown as Bundle).stories[locale];
	const { state } = step;
	// The page's map puts markers and labels in HTML over the SVG; the card needs all of it in one SVG.
	const graphic = (box: CardBox) =>
		state.graphic === 'map'
			? render(MapCard, { props: { state, locale, data: graphics.map, box } }).body
			: render(ChartCard, {
					props: { chart: state.graphic, date: state.date, locale, data: graphics.charts, box }
				}).body;
	const caption =
		state.graphic === 'map'
			? null
			: chartCaption(graphics.charts, state.graphic, state.date, locale);
	cssCache ??= clientCss();
	const rtl = EDITIONS[locale].dir === 'rtl';
	return cardSvg({
		graphic,
		css: rtl ? `${cssCache}\n${RTL_CARD_CSS}` : cssCache,
		headline: words?.headline ?? step.title,
		kicker: words?.kicker ?? (step.date ? formatDate(step.date, locale) : story.meta.headline),
		story: words?.foot ?? story.meta.headline,
		// Arabic first in the Arabic edition: with Source Sans first, resvg drew bold Arabic as empty boxes.
		fontFamily: rtl ? `${ARABIC_FONT_FAMILY}, ${FONT_FAMILY}` : FONT_FAMILY,
		rtl,
		caption
	});
}

/**
 * `extraFonts`: more TrueType files, for scripts Source Sans lacks (the Arabic edition's
 * Noto Naskh Arabic, arabicCardFonts()), named first in that edition's cards.
 */
export function rasterise(svg: string, extraFonts: readonly string[] = []): Buffer {
	const key = createHash('sha256')
		.update(RENDERER_VERSION)
		.update(extraFonts.join('|'))
		.update(svg)
		.digest('hex');
	const cached = join(CACHE_DIR, `${key}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		font: {
			fontFiles: [...FONT_FILES, ...extraFonts],
			loadSystemFonts: false,
			defaultFontFamily: FONT_FAMILY
		},
		shapeRendering: 2,
		textRendering: 1
	})
		.render()
		.asPng();
	mkdirSync(CACHE_DIR, { recursive: true });
	writeFileSync(cached, png);
	return png;
}

export function stepCardPng(
	locale: Locale,
	step: Step,
	extraFonts: readonly string[] = []
): Buffer {
	return rasterise(stepCardSvg(locale, step), extraFonts);
}
