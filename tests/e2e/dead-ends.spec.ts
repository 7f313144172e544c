import { test as base, expect } from '@playwright/test';
import { publicAddress } from '../../scripts/publicAddress.js';

/**
 * No dead ends: a mistyped address gets its edition's "page not found" (as static hosts
 * serve it, with a 404 status), /data/ lists every download, and the credits say how to
 * reach the desk. The plain test: a 404 response is what these pages are about.
 */
const { siteUrl, correctionsEmail } = publicAddress();

for (const [path, title, story] of [
	['s/not-a-slug/', 'Page not found', siteUrl],
	['embed/not-a-slug/', 'Page not found', siteUrl],
	['fr/s/pas-une-section/', 'Page introuvable', `${siteUrl}fr/`]
] as const) {
	base(`a missing address (${path}) gets its edition's 404 page`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText(title);
		// Absolute links: the page is served at whatever address was mistyped.
		await expect(page.locator('main ul a').first()).toHaveAttribute('href', story);
	});
}

base('/data/ lists every download, each of which answers', async ({ page, request }) => {
	const response = await page.goto('data/');
	expect(response?.status()).toBe(200);
	const links = page.locator('section[lang="en"] .files a');
	// The tables, their JSON, the corrections, the changelog, datapackage.json and README.txt.
	await expect(links).toHaveCount(12);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		expect((await request.get(`data/${href.replace(/^\.\//, '')}`)).status(), href).toBe(200);
	}
	await expect(page.locator('section[lang="fr"] h1')).toContainText('téléchargements');
});

for (const [path, contact] of [
	['./', 'write to'],
	['fr/', 'écrivez à']
] as const) {
	base(`the credits of ${path} say who made it and how to reach the desk`, async ({ page }) => {
		await page.goto(path);
		const credits = page.locator('#credits');
		await expect(credits.locator('dt')).toHaveCount(4);
		await expect(credits.locator('.contact')).toContainText(contact);
		await expect(credits.locator('.contact a')).toHaveAttribute(
			'href',
			`mailto:${correctionsEmail}`
		);
	});
}
