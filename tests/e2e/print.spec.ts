import { publicAddress } from '../../scripts/publicAddress.js';
import { expect, stepSlugs, test } from './fixtures';
import { openStory } from './pages';

/**
 * The printed edition (docs/print.md): Chromium's own print path, page.pdf(), as Ctrl+P
 * would give it. Each step prints with its own graphic (its card, loaded only for print),
 * each section with its address; what works only on a screen does not print.
 */
const { siteUrl } = publicAddress();

/** The step cards embedded in a PDF: Chromium writes each image once, as an XObject of the card's size. */
function cardImages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Subtype \/Image[^>]*\/Width 1200/g)?.length ?? 0;
}

for (const [path, edition] of [
	['/', siteUrl],
	['/fr/', `${siteUrl}fr/`],
	['/ar/', `${siteUrl}ar/`]
] as const) {
	test(`${path} prints every step with its own graphic and address`, async ({ page }, testInfo) => {
		test.slow();
		const cards: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/cards/')) cards.push(r.url());
		});
		await openStory(page, path);
		// A reader of the screen page, whatever they scroll through, pays nothing for the print graphics.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForTimeout(500);
		expect(cards, 'cards loaded on screen').toEqual([]);
		await expect(page.locator('[data-print-graphic]').first()).toBeHidden();
		const figureSources = page.locator('[popover].sources').first();
		await expect(figureSources, "a figure's sources wait for a tap on screen").toBeHidden();

		await page.emulateMedia({ media: 'print' });
		const slugs = await stepSlugs(page);
		expect(slugs.length).toBeGreaterThan(30);
		for (const slug of slugs) {
			const step = page.locator(`[data-step="${slug}"]`);
			await expect(step.locator('[data-print-graphic]')).toHaveCount(1);
			await expect(step.locator(`[data-print-graphic="${slug}"] img`)).toBeVisible();
			await expect(step.locator('.print-address')).toHaveText(`${edition}#${slug}`);
		}
		for (const hidden of [
			'[data-stage]',
			'[data-step-nav]',
			'#share-menu',
			'.share',
			'[data-language-switch]'
		]) {
			await expect(page.locator(hidden).first(), hidden).toBeHidden();
		}
		// On paper a figure's sources cannot be tapped: they print after it, in brackets.
		await expect(figureSources).toBeVisible();
		await expect(figureSources.locator('.source').first()).toBeVisible();
		await expect(figureSources.locator('.close')).toBeHidden();
		const breakInside = await page
			.locator('[data-step]')
			.first()
			.evaluate((s) => getComputedStyle(s).breakInside);
		expect(breakInside).toBe('avoid');
		for (const section of [
			'claims',
			'disagreements',
			'methodology',
			'credits',
			'corrections-and-updates'
		]) {
			await expect(page.locator(`#${section} .print-address`)).toHaveText(`${edition}#${section}`);
		}

		const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('story.pdf') });
		expect(cardImages(pdf), 'one graphic per step in the PDF').toBe(slugs.length);
		expect(new Set(cards).size, 'each step card fetched for print').toBe(slugs.length);
	});
}
