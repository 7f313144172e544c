import type { Page } from '@playwright/test';
import bundleJson from '../../src/lib/generated/bundle.json' with { type: 'json' };
import { test, expect, activeStep, ready } from './fixtures';

type Steps = { slug: string; state: { graphic: string } }[];
const stories = (bundleJson as unknown as { stories: Record<'en' | 'fr', { steps: Steps }> })
	.stories;
const chartSteps = (locale: 'en' | 'fr') =>
	stories[locale].steps.filter((s) => s.state.graphic !== 'map');

/** Pairs of label boxes (axis and annotation text) that overlap by more than a pixel. */
async function overlappingLabels(page: Page): Promise<string[]> {
	return page.locator('.graphic [data-chart]').evaluate((chart) => {
		const boxes = [...chart.querySelectorAll<SVGTextElement>('text[data-label]')]
			.filter((t) => t.textContent?.trim())
			.map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
		const hits: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!.r;
				const b = boxes[j]!.r;
				const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (w > 1 && h > 1) hits.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
			}
		}
		return hits;
	});
}

for (const locale of ['en', 'fr'] as const) {
	const base = locale === 'en' ? './' : './fr/';
	test.describe(`charts (${locale})`, () => {
		test('the story uses every chart at least once', () => {
			const used = new Set(chartSteps(locale).map((s) => s.state.graphic));
			for (const id of [
				'timeline',
				'displacement',
				'control-share',
				'civilian-deaths',
				'sweida-toll',
				'evacuations',
				'hostages',
				'pocket'
			]) {
				expect(used, id).toContain(id);
			}
		});

		for (const step of chartSteps(locale)) {
			test(`#${step.slug} shows the ${step.state.graphic} chart with its source line and data table`, async ({
				page
			}) => {
				await page.goto(`${base}#${step.slug}`);
				await ready(page);
				await expect(activeStep(page)).toHaveAttribute('data-active-step', step.slug);
				await expect(activeStep(page)).toHaveAttribute('data-graphic', step.state.graphic);
				const chart = page.locator(`.graphic [data-chart="${step.state.graphic}"]`);
				await expect(chart).toBeVisible();
				// A drawn chart: marks, and a text description a screen reader can use.
				const svg = chart.locator('svg[role="img"]').first();
				expect(await svg.locator('path, circle, rect').count()).toBeGreaterThan(5);
				await expect(svg.locator('desc')).not.toBeEmpty();
				const source = chart.locator('[data-source-line]');
				await expect(source).toBeVisible();
				expect(await source.locator('a[href^="http"]').count()).toBeGreaterThan(0);
				// The table is behind a native toggle, reachable by keyboard, and not hidden from assistive tech.
				const summary = chart.locator('details > summary');
				await summary.focus();
				await page.keyboard.press('Enter');
				const table = chart.locator('details table').first();
				await expect(table).toBeVisible();
				expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
				expect(await chart.evaluate((el) => !!el.closest('[aria-hidden="true"]'))).toBe(false);
			});
		}

		test('no axis or annotation labels overlap at phone width', async ({ page }, info) => {
			test.skip(info.project.name !== 'phone', 'phone layout only');
			const problems: string[] = [];
			for (const step of chartSteps(locale)) {
				await page.goto(`${base}#${step.slug}`);
				await ready(page);
				await expect(page.locator('.graphic [data-chart]')).toBeVisible();
				// Marks glide on step changes; wait until the drawing has settled.
				await page.waitForTimeout(600);
				for (const hit of await overlappingLabels(page)) problems.push(`#${step.slug}: ${hit}`);
			}
			expect(problems).toEqual([]);
		});
	});
}

test('the hostage chart shows each person’s state on the step’s date', async ({ page }) => {
	const held = (slug: string) =>
		page.goto(`./#${slug}`).then(async () => {
			await ready(page);
			await page.waitForTimeout(300);
			return page.locator('.graphic [data-chart="hostages"] .plot [data-state="held"]').count();
		});
	// Shown on 30 July, when the Observatory reported four escapes and two deaths: the card's 30.
	expect(await held('hostages-taken')).toBe(30);
	await expect(
		page.locator('.graphic [data-chart="hostages"] .plot [data-state="escaped"]')
	).toHaveCount(4);
	expect(await held('hostages-freed')).toBe(0);
	await expect(
		page.locator('.graphic [data-chart="hostages"] .plot [data-state="freed:2018-11-08"]')
	).toHaveCount(19);
});
