import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import MapCard from '$components/cards/MapCard.svelte';
import Graphic from '$components/graphic/Graphic.svelte';
import { CARD_WIDTH } from '$lib/embed/paths';
import { chartCaption } from '$lib/charts/caption';
import { STILL_DRAWING } from '$lib/charts/props';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { storyGraphics } from '$lib/server/storyPage';
import { formatDate } from '$story/format';
import type { Locale } from '$story/registry';
import type { Step } from '$story/types';
import { cardSvg, extractSvg } from './cardSvg';
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
 * The stylesheets the client build wrote. The graphic's classes are scoped by
 * Svelte and its rules live there, not in the server render; resvg applies plain
 * selectors but not custom properties, so `var(--x)` is replaced by its value.
 */
function clientCss(): string {
	const dir = resolve('.svelte-kit/output/client/_app/immutable/assets');
	if (!existsSync(dir)) return '';
	const css = readdirSync(dir)
		.filter((file) => file.endsWith('.css'))
		.sort()
		.map((file) => readFileSync(join(dir, file), 'utf8'))
		.join('\n');
	return resolveCustomProperties(css);
}

export function resolveCustomProperties(css: string): string {
	const values = new Map<string, string>();
	for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+)/g)) {
		if (!values.has(name!)) values.set(name!, value!.trim());
	}
	let out = css;
	// Nested var() fallbacks resolve from the inside out; a few passes settle them.
	for (let pass = 0; pass < 4 && out.includes('var('); pass++) {
		out = out.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(_, name: string, fallback) =>
				values.get(name) ?? (fallback as string | undefined)?.trim() ?? 'initial'
		);
	}
	return out;
}

let cssCache: string | null = null;

/**
 * The graphic's own labels in an Arabic card: Noto Naskh Arabic first (the page's custom
 * properties resolve to the Latin stack, and resvg drew bold Arabic in it as empty boxes),
 * its card subset carries Western digits and Latin letters too (arabicCardFonts), since
 * resvg never falls back to Source Sans inside a run.
 */
const RTL_CARD_CSS = `\ntext,tspan{font-family:'${ARABIC_FONT_FAMILY}','Source Sans 3' !important}`;

/** The words beside the graphic, when they are not the step's own (the whole story's card). */
export interface CardWords {
	headline: string;
	kicker: string;
	foot: string;
}

export function stepCardSvg(locale: Locale, step: Step, words?: CardWords): string {
	const graphics = storyGraphics(locale);
	const story = (bundleJson as unknown as Bundle).stories[locale];
	// The page's map puts markers and labels in HTML over the SVG; the card needs all of it in one SVG.
	const rendered =
		step.state.graphic === 'map'
			? render(MapCard, { props: { state: step.state, locale, data: graphics.map } })
			: render(Graphic, {
					props: { step, locale, graphics, animate: false },
					context: new Map([[STILL_DRAWING, true]])
				});
	const graphicSvg = extractSvg(rendered.body);
	if (!graphicSvg) throw new Error(`card ${locale}/${step.slug}: the graphic drew no <svg>`);
	const caption =
		step.state.graphic === 'map'
			? null
			: chartCaption(graphics.charts, step.state.graphic, step.state.date, locale);
	cssCache ??= clientCss();
	const headStyles = [...rendered.head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => m[1])
		.join('\n');
	return cardSvg({
		graphicSvg,
		css: `${cssCache}\n${resolveCustomProperties(headStyles)}${EDITIONS[locale].dir === 'rtl' ? RTL_CARD_CSS : ''}`,
		headline: words?.headline ?? step.title,
		kicker: words?.kicker ?? (step.date ? formatDate(step.date, locale) : story.meta.headline),
		story: words?.foot ?? story.meta.headline,
		// Arabic first in the Arabic edition: with Source Sans first, resvg drew bold Arabic as empty boxes.
		fontFamily:
			EDITIONS[locale].dir === 'rtl' ? `${ARABIC_FONT_FAMILY}, ${FONT_FAMILY}` : FONT_FAMILY,
		rtl: EDITIONS[locale].dir === 'rtl',
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
