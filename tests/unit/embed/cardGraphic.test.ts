import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartCard from '$components/cards/ChartCard.svelte';
import MapCard from '$components/cards/MapCard.svelte';
import { GRAPHIC_BOX, type CardBox } from '$lib/server/cards/cardSvg';
import { stepCardSvg } from '$lib/server/cards/renderCard';
import { storyGraphics } from '$lib/server/storyPage';
import { storyOf } from '$lib/server/storyWithAlts';
import type { Locale } from '$story/registry';

/**
 * The card's graphic is a component whose root `<svg>` places itself in a box, and the
 * card sets its server render in as it is: these check the result as a reader sees it,
 * rasterised, not its markup.
 */

const PAPER = [0xfb, 0xfa, 0xf7] as const;
/** The card's Latin typeface, so a graphic's words take their room (the Arabic cards' is made at build time). */
const FONTS = ['SourceSans3-Regular.ttf', 'SourceSans3-Bold.ttf'].map(
	(file) => `data/fonts/${file}`
);

/**
 * The smallest rectangle holding every pixel of the rasterised SVG (1200×630) that is
 * not paper, within a region of it, and how many such pixels there are.
 */
function inkBounds(svg: string, region: CardBox = { x: 0, y: 0, width: 1200, height: 630 }) {
	const { width, pixels } = new Resvg(svg, {
		font: { fontFiles: FONTS, loadSystemFonts: false }
	}).render();
	let left = Infinity;
	let right = -1;
	let top = Infinity;
	let bottom = -1;
	let count = 0;
	for (let y = Math.round(region.y); y < region.y + region.height; y++) {
		for (let x = Math.round(region.x); x < region.x + region.width; x++) {
			const i = (y * width + x) * 4;
			const paper =
				pixels[i] === PAPER[0] && pixels[i + 1] === PAPER[1] && pixels[i + 2] === PAPER[2];
			if (paper) continue;
			count++;
			left = Math.min(left, x);
			right = Math.max(right, x + 1);
			top = Math.min(top, y);
			bottom = Math.max(bottom, y + 1);
		}
	}
	return { left, right, top, bottom, count };
}

/** A component's render alone on a paper sheet the card's size: nothing else draws ink. */
const sheet = (body: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fbfaf7"/>${body}</svg>`;

/** The drawing sits in the box, fitted to it (centred, touching two opposite sides). */
function expectPlacedIn(svg: string, box: CardBox, slack: number) {
	const ink = inkBounds(svg);
	expect(ink.count, 'the graphic draws something').toBeGreaterThan(1000);
	expect(ink.left).toBeGreaterThanOrEqual(box.x - slack);
	expect(ink.top).toBeGreaterThanOrEqual(box.y - slack);
	expect(ink.right).toBeLessThanOrEqual(box.x + box.width + slack);
	expect(ink.bottom).toBeLessThanOrEqual(box.y + box.height + slack);
	const fitsWidth = ink.right - ink.left >= box.width * 0.9;
	const fitsHeight = ink.bottom - ink.top >= box.height * 0.9;
	expect(fitsWidth || fitsHeight, 'scaled to fill the box one way').toBe(true);
	const middle = (ink.left + ink.right) / 2;
	const centre = (ink.top + ink.bottom) / 2;
	expect(
		Math.abs(middle - (box.x + box.width / 2)) < box.width * 0.1 ||
			Math.abs(centre - (box.y + box.height / 2)) < box.height * 0.1,
		'centred'
	).toBe(true);
}

const stepOf = (locale: Locale, slug: string) =>
	storyOf(locale).steps.find((s) => s.slug === slug)!;

describe('the graphic a card draws', { timeout: 60_000 }, () => {
	// Two boxes of other shapes than the card's, so a graphic drawn at its own size or place fails.
	const wide: CardBox = { x: 40, y: 300, width: 700, height: 300 };
	const tall: CardBox = { x: 820, y: 20, width: 300, height: 560 };

	it('is a map placed in the box it is given', () => {
		const step = stepOf('en', 'quneitra-flag');
		for (const box of [wide, tall]) {
			const props = {
				state: step.state,
				locale: 'en' as const,
				data: storyGraphics('en').map,
				box
			};
			// The map's square is filled to its edges; its key and credit are inside its width.
			expectPlacedIn(sheet(render(MapCard, { props }).body), box, 1);
		}
	});

	it('is all in the body of the render: nothing in its head for the card to lose', () => {
		const box = GRAPHIC_BOX;
		const map = stepOf('en', 'quneitra-flag');
		const mapProps = {
			state: map.state,
			locale: 'en' as const,
			data: storyGraphics('en').map,
			box
		};
		expect(render(MapCard, { props: mapProps }).head).toBe('');
		const chart = stepOf('en', 'the-cost');
		const chartProps = {
			chart: chart.state.graphic as Exclude<typeof chart.state.graphic, 'map'>,
			date: chart.state.date,
			locale: 'en' as const,
			data: storyGraphics('en').charts,
			box
		};
		expect(render(ChartCard, { props: chartProps }).head).toBe('');
	});

	it('is a chart placed in the box it is given, every chart of the story', () => {
		const steps = storyOf('fr').steps;
		const charts = [...new Set(steps.map((s) => s.state.graphic))].filter((g) => g !== 'map');
		expect(charts.length, 'the story has charts').toBeGreaterThan(3);
		for (const chart of charts) {
			const { date } = steps.find((s) => s.state.graphic === chart)!.state;
			// The wide box for every chart; the tall one too for the first.
			for (const box of chart === charts[0] ? [wide, tall] : [wide]) {
				const data = storyGraphics('fr').charts;
				const props = { chart, date, locale: 'fr' as const, data, box };
				// Not clipped: a label may run a few pixels past the plot, as on the page.
				expectPlacedIn(sheet(render(ChartCard, { props }).body), box, 8);
			}
		}
	});

	for (const [locale, slug] of [
		['en', 'quneitra-flag'],
		['fr', 'the-cost'],
		['ar', 'quneitra-flag'],
		['ar', 'the-cost']
	] as const) {
		it(`is on the ${locale} card of "${slug}", in the graphic box`, () => {
			const step = stepOf(locale, slug);
			// The middle of the box: below a chart's title and above its key, where only the drawing is.
			const { x, y, width, height } = GRAPHIC_BOX;
			const middle = {
				x: x + width * 0.2,
				y: y + height * 0.35,
				width: width * 0.6,
				height: height * 0.3
			};
			const ink = inkBounds(stepCardSvg(locale, step), middle);
			expect(ink.count).toBeGreaterThan(middle.width * middle.height * 0.02);
		});
	}
});
