import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { LABEL_TIERS, mapScene } from '$geo/scene';
import { GRAPHIC_BOX } from '$lib/server/cards/cardSvg';
import { stepCardSvg } from '$lib/server/cards/renderCard';
import { storyPageData } from '$lib/server/storyPage';
import { LOCALES } from '$story/registry';

/** The map card draws the first label tier (MapCard's). */
const CARD_TIER = 0;
/** The map card's own width in its units (MapCard.svelte draws its square at the largest tier-0 size). */
const SIDE = LABEL_TIERS[0].stages.at(-1)!;

function mapSteps(locale: (typeof LOCALES)[number]) {
	const { story, graphics } = storyPageData(locale, '/');
	return story.steps
		.filter((step) => step.state.graphic === 'map')
		.map((step) => ({ step, scene: mapScene(graphics.map, step.state, locale) }));
}

const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'");

// Every map step is rendered (and some rasterised): slow on a busy two-core box.
describe('map social cards', { timeout: 60_000 }, () => {
	for (const locale of LOCALES) {
		it(`draw every marker, convoy and label of the step's map in ${locale}`, () => {
			for (const { step, scene } of mapSteps(locale)) {
				const svg = stepCardSvg(locale, step);
				const tspans = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) =>
					unescape(m[1]!)
				);
				const texts = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => unescape(m[1]!));
				expect(svg.match(/class="shape/g)?.length ?? 0, step.slug).toBe(scene.markers.length);
				for (const label of scene.labels.filter((l) => l.tier <= CARD_TIER)) {
					for (const line of label.lines) expect(tspans, `${step.slug}: ${line}`).toContain(line);
				}
				for (const arrow of scene.arrows.filter((a) => a.tier <= CARD_TIER)) {
					expect(texts, `${step.slug}: ${arrow.text}`).toContain(arrow.text);
				}
			}
		});
	}

	/**
	 * A map card rasterised, with the map square's place on it, found on the raster: the
	 * square is filled to its edges, so its sides are where the paper stops across the
	 * middle of the graphic box, and its top where the paper stops down its middle.
	 */
	function rasterMap(svg: string) {
		// Half size: enough to see the map, a quarter of the pixels to rasterise.
		const half = 0.5;
		// The card's own fonts, as the build draws it: a wider system font would carry the headline into the box.
		const fontFiles = ['SourceSans3-Regular.ttf', 'SourceSans3-Bold.ttf'].map(
			(f) => `data/fonts/${f}`
		);
		const { width, pixels } = new Resvg(svg, {
			fitTo: { mode: 'zoom', value: half },
			font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' }
		}).render();
		const rgb = (x: number, y: number) => {
			const i = (Math.round(y * half) * width + Math.round(x * half)) * 4;
			return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!] as const;
		};
		const paper = (x: number, y: number) => {
			const [r, g, b] = rgb(x, y);
			return r === 0xfb && g === 0xfa && b === 0xf7;
		};
		const box = GRAPHIC_BOX;
		const across = box.y + box.height * 0.3;
		let left = box.x;
		while (left < box.x + box.width && paper(left, across)) left += 1 / half;
		let right = box.x + box.width;
		while (right > left && paper(right - 1 / half, across)) right -= 1 / half;
		const middle = (left + right) / 2;
		let top = box.y;
		while (top < across && paper(middle, top)) top += 1 / half;
		const side = right - left;
		expect(side, 'a map square on the card').toBeGreaterThan(box.width / 2);
		return { rgb, left, top, side, pxPerUnit: side / 1000 };
	}

	it('fill the map square on every map step (nothing the rasteriser drops)', () => {
		for (const { step } of mapSteps('en')) {
			const { rgb, left, top, side } = rasterMap(stepCardSvg('en', step));
			let paper = 0;
			let total = 0;
			for (let y = top + 2; y < top + side - 2; y += 6) {
				for (let x = left + 2; x < left + side - 2; x += 6) {
					const [r, g, b] = rgb(x, y);
					total++;
					if (r === 0xfb && g === 0xfa && b === 0xf7) paper++;
				}
			}
			expect(paper / total, step.slug).toBeLessThan(0.05);
		}
	});

	it('frame the step’s view: a marker is drawn where the scene puts it', () => {
		const { step, scene } = mapSteps('en').find(({ step }) => step.slug === 'quneitra-flag')!;
		expect(scene.transform.k, 'a zoomed view').toBeGreaterThan(1.5);
		const { rgb, left, top, pxPerUnit } = rasterMap(stepCardSvg('en', step));
		const inView = (v: number) => v > 50 && v < 950;
		// A marker no card label lies over (a label's halo would paint it paper).
		const px = SIDE / 1000;
		const underLabel = (m: (typeof scene.markers)[number]) =>
			scene.labels.some((l) => {
				if (l.tier > CARD_TIER) return false;
				const x0 = ((l.x * scene.transform.k + scene.transform.tx) * SIDE) / 1000 + l.dx;
				const y0 = ((l.y * scene.transform.k + scene.transform.ty) * SIDE) / 1000 + l.dy;
				const [mx, my] = [m.fx * px, m.fy * px];
				return mx > x0 - 4 && mx < x0 + l.width + 4 && my > y0 - 4 && my < y0 + l.height + 4;
			});
		const marker = scene.markers.find(
			(m) =>
				m.controller === 'government' &&
				m.radius >= 3 &&
				inView(m.fx) &&
				inView(m.fy) &&
				!underLabel(m)
		)!;
		expect(marker, 'a government marker in view').toBeTruthy();
		const [r, g, b] = rgb(left + marker.fx * pxPerUnit, top + marker.fy * pxPerUnit);
		expect(r).toBeGreaterThan(140);
		expect(g).toBeLessThan(80);
		expect(b).toBeLessThan(80);
	});
});
