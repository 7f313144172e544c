import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Bundle } from '../../src/lib/data/types';
import { formatDate } from '../../src/lib/story/format';
import { test, expect, activeStep, ready } from './fixtures';

const bundle = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/bundle.json', import.meta.url), 'utf8')
) as Bundle;
const mapSteps = bundle.stories.en.steps.filter((s) => s.state.graphic === 'map');
const located = new Set(
	bundle.dataset.places.filter((p) => p.lon !== null && !p.off_map).map((p) => p.id)
);

interface Rect {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Boxes of the labels a reader sees (inside the stage, not hidden). */
async function visibleLabels(page: Page): Promise<Rect[]> {
	return page.locator('.graphic .map [data-label]').evaluateAll((nodes) => {
		const stage = nodes[0]?.closest('.map')?.getBoundingClientRect();
		return nodes
			.map((n) => ({ n, r: n.getBoundingClientRect() }))
			.filter(({ n, r }) => {
				if (getComputedStyle(n).display === 'none' || r.width === 0 || !stage) return false;
				return (
					r.right > stage.left &&
					r.left < stage.right &&
					r.bottom > stage.top &&
					r.top < stage.bottom
				);
			})
			.map(({ n, r }) => ({
				id: (n as HTMLElement).dataset.label ?? '',
				x: r.x,
				y: r.y,
				width: r.width,
				height: r.height
			}));
	});
}

function overlapping(boxes: Rect[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			if (dx > 0.5 && dy > 0.5) out.push(`${a.id} × ${b.id}`);
		}
	}
	return out;
}

/**
 * Everything the map draws, sorted: each marker, territory cell, hatch, label and
 * convoy arrow with its look and position. Two steps that draw the same map list
 * the same, however the reader got there.
 */
async function drawnMap(page: Page): Promise<string[]> {
	return page.locator('.graphic .map').evaluate((map) =>
		[...map.querySelectorAll('.marker, path.cell, path.stripes, [data-label], .convoy')]
			.map((n) =>
				[
					n.getAttribute('class'),
					n.getAttribute('data-place') ?? n.getAttribute('data-label') ?? '',
					n.getAttribute('d') ?? '',
					n.getAttribute('style') ?? '',
					// Hydration leaves Svelte's comments in prerendered parts, not in redrawn ones.
					n.innerHTML.replace(/<!--[^]*?-->/g, '')
				].join(' ')
			)
			.sort()
	);
}

/** The map once it has stopped changing (a step's parts are drawn over a few tasks). */
async function settledMap(page: Page): Promise<string[]> {
	let last = await drawnMap(page);
	for (let i = 0; i < 20; i++) {
		await page.waitForTimeout(250);
		const now = await drawnMap(page);
		if (JSON.stringify(now) === JSON.stringify(last)) return now;
		last = now;
	}
	throw new Error('the map kept changing');
}

/** The step cards scroll over the phone stage; the baselines are of the map alone. */
const HIDE_CARDS = '.steps { visibility: hidden !important; }';

test.describe('the story map', () => {
	for (const step of mapSteps) {
		test(`at #${step.slug} the map shows ${step.state.date} with its places labelled`, async ({
			page
		}) => {
			await page.goto(`./#${step.slug}`);
			await ready(page);
			await expect(activeStep(page)).toHaveAttribute('data-active-step', step.slug);
			const map = page.locator('.graphic .map');
			await expect(map).toHaveAttribute('data-view', step.state.view);
			await expect(map.locator('[data-map-date]')).toHaveText(formatDate(step.state.date, 'en'));

			// The places the step names (and the places of its events) are on the map and labelled.
			for (const id of step.state.highlight.filter((h) => located.has(h))) {
				await expect(map.locator(`[data-place="${id}"]`).first()).toBeVisible();
				await expect(map.locator(`[data-label="${id}"]`)).toBeVisible();
			}
			const labels = await visibleLabels(page);
			if (step.state.layers.includes('labels')) expect(labels.length).toBeGreaterThanOrEqual(2);
			expect(overlapping(labels)).toEqual([]);

			await page.addStyleTag({ content: HIDE_CARDS });
			// One baseline per project: the shared snapshot path has no project name in it.
			const project = test.info().project.name;
			await expect(map).toHaveScreenshot(`${step.slug}-${project}.png`, {
				maxDiffPixelRatio: 0.01
			});
		});
	}

	test('a map step reached step by step draws what its link draws', async ({ page }) => {
		// Stepping from the close-up of Daraa through the whole south (where the areas
		// first show) and two charts to the closed borders, the map is redrawn step
		// after step, part by part: each map step must end as its link draws it.
		const path = [
			'de-escalation-zone',
			'offensive-begins',
			'russian-air-power',
			'lajat-cut-off',
			'shelter-strike',
			'towns-surrender',
			'borders-closed'
		];
		const maps = path.filter((slug) => mapSteps.some((s) => s.slug === slug));
		expect(maps.length).toBe(5);
		const linked: Record<string, string[]> = {};
		for (const slug of maps) {
			await page.goto('about:blank');
			await page.goto(`./#${slug}`);
			await ready(page);
			await expect(activeStep(page)).toHaveAttribute('data-active-step', slug);
			linked[slug] = await settledMap(page);
		}
		await page.goto('about:blank');
		await page.goto('./#daraa-2011');
		await ready(page);
		for (const slug of path) {
			await page.getByRole('link', { name: /next|suivant/i }).click();
			await expect(activeStep(page)).toHaveAttribute('data-active-step', slug);
			if (linked[slug]) await expect.poll(() => drawnMap(page)).toEqual(linked[slug]);
		}
	});

	test('the French edition labels the map in French', async ({ page }) => {
		await page.goto('./fr/#quneitra-deal');
		await ready(page);
		const map = page.locator('.graphic .map');
		await expect(map.locator('[data-map-date]')).toHaveText('19 juillet 2018');
		// The key in French: in full on a wide stage, folded behind its French toggle on a phone.
		await expect(
			map
				.locator('li')
				.filter({ hasText: /Golan occupé par Israël|Suite de la légende/, visible: true })
				.first()
		).toBeVisible();
		await expect(map.getByText(/^Données/).filter({ visible: true })).toHaveCount(1);
	});

	test('at 320 px the credit and the key take a line each, the full attribution one tap away', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto('./#pocket-ends');
		await ready(page);
		const map = page.locator('.graphic .map');
		const credit = map.getByText('Map data: OCHA, Natural Earth, OSM, GeoNames');
		await expect(credit).toBeInViewport({ ratio: 1 });
		const full = map.getByText(/OCHA \/ UN Cartographic Section/).filter({ visible: true });
		await expect(full).toHaveCount(0);
		await credit.click();
		await expect(full).toBeInViewport({ ratio: 1 });
		// The other keys fold the same way.
		const areas = map.getByText('Areas are approximate').filter({ visible: true });
		await expect(areas).toHaveCount(0);
		await map.getByText('More keys').click();
		await expect(areas).toBeInViewport();
		expect(overlapping(await visibleLabels(page))).toEqual([]);
	});
});

test.describe('the map without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the first step’s map is in the HTML, and hydration keeps it in place', async ({
		page,
		browser,
		viewport
	}) => {
		const first = bundle.stories.en.steps[0]!;
		expect(first.state.graphic).toBe('map');
		await page.goto('./');
		const map = page.locator('.graphic .map');
		await expect(map.locator('svg.geo path').first()).toBeAttached();
		await expect(map.locator('[data-map-date]')).toHaveText(formatDate(first.state.date, 'en'));
		const before = await visibleLabels(page);
		// The first step is a close-up of Daraa in 2011: the two places it names and the
		// Ramtha crossing on a phone, more on a desktop.
		expect(before.length).toBeGreaterThanOrEqual(3);

		const context = await browser.newContext({
			viewport: viewport ?? undefined,
			javaScriptEnabled: true
		});
		const hydrated = await context.newPage();
		await hydrated.goto(page.url());
		await ready(hydrated);
		const after = await visibleLabels(hydrated);
		expect(after).toEqual(before);
		await context.close();
	});
});
