import type { Page } from '@playwright/test';
import { test, expect, activeStep, ready, stepSlugs } from './fixtures';

/**
 * A keyboard reader deep in the story reaches Previous/Next and uses them without being
 * pulled back to an earlier step: the skip link first in the card, the J and K keys, and
 * Escape back from the nav. Every step the graphic shows on the way is recorded from the
 * page itself (a MutationObserver), so a passing jump backwards is seen too.
 */

/** Starts recording each step the graphic shows, from now on. */
async function recordSteps(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { shown: string[] };
		w.shown = [];
		const graphic = document.querySelector('[data-active-step]')!;
		new MutationObserver(() => {
			w.shown.push(graphic.getAttribute('data-active-step')!);
		}).observe(graphic, { attributes: true, attributeFilter: ['data-active-step'] });
	});
}

async function recorded(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { shown: string[] }).shown);
}

test('from a late section link, Previous and Next are reached and used without moving back', async ({
	page
}) => {
	const slugs = await (async () => {
		await page.goto('./');
		return stepSlugs(page);
	})();
	const start = slugs.indexOf('last-fighters');
	expect(start).toBeGreaterThan(20);
	await page.goto('./#last-fighters');
	await ready(page);
	await expect(activeStep(page)).toHaveAttribute('data-active-step', 'last-fighters');
	await recordSteps(page);

	// One Tab reaches the card's skip link, which names the shortcuts; Enter goes to Next.
	await page.keyboard.press('Tab');
	const skip = page.locator('#last-fighters a[data-skip-nav]');
	await expect(skip).toBeFocused();
	await expect(skip).toContainText(/J next section, K previous/);
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	const next = page.locator('[data-step-nav] [data-nav="next"]');
	await expect(next).toBeFocused();
	await expect(next).toHaveAttribute('aria-keyshortcuts', 'j');
	await expect(activeStep(page)).toHaveAttribute('data-active-step', 'last-fighters');

	// Next: the following step, and focus on it so a screen reader reads on from there.
	await page.keyboard.press('Enter');
	await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[start + 1]!);
	await expect(page.locator(`#${slugs[start + 1]}`)).toBeFocused();

	// J and K from the step itself.
	await page.keyboard.press('j');
	await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[start + 2]!);
	await page.keyboard.press('k');
	await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[start + 1]!);

	// Back to the nav, on to Previous, then Escape: focus returns to the step being read.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(next).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	const previous = page.locator('[data-step-nav] [data-nav="previous"]');
	await expect(previous).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator(`#${slugs[start + 1]}`)).toBeFocused();
	await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[start + 1]!);

	// Never anything before the step the reader started on.
	const shown = await recorded(page);
	expect(shown.length).toBeGreaterThan(0);
	expect(shown.filter((slug) => slugs.indexOf(slug) < start)).toEqual([]);
});

test('a Tab from the nav goes on in the step being read, not in the first step', async ({
	page
}) => {
	await page.goto('./#pocket-ends');
	await ready(page);
	await recordSteps(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-step-nav] [data-nav="next"]')).toBeFocused();
	// Past the nav (and any control of the graphic), the next stop is in the same step.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const inStep = await page.evaluate(
			() => document.activeElement?.closest<HTMLElement>('[data-step]')?.dataset.step ?? null
		);
		if (inStep) {
			expect(inStep).toBe('pocket-ends');
			break;
		}
	}
	await expect(page.locator('#pocket-ends a[data-skip-nav]')).toBeFocused();
	expect(await recorded(page)).toEqual([]);
});
