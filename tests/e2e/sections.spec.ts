import { test, expect, ready } from './fixtures';

test.describe('the sections after the story', () => {
	test('the claims section lists every claim of the report with a status', async ({ page }) => {
		await page.goto('./#claims');
		await ready(page);
		const section = page.locator('section#claims');
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(
			/What the report said on 31 July/
		);
		const claims = section.locator('[data-claim]');
		await expect(claims).toHaveCount(23);
		for (const claim of await claims.all()) {
			await expect(claim.locator('[data-status]')).toHaveText(
				/Corroborated|Partly corroborated|Sources differ|Not found elsewhere/
			);
		}
		// The sub-heading's "agreement" is not presented as established.
		const headline = section.locator('[data-claim="claim-23-agreement-headline"]');
		await expect(headline.locator('[data-status]')).toHaveAttribute('data-status', 'not-found');
		await expect(headline).toContainText('No agreement had been established');
	});

	test('a cold link to a section lands on it and keeps its fragment', async ({ page }) => {
		await page.goto('./#methodology');
		await ready(page);
		await expect(page.locator('#methodology')).toBeInViewport();
		await page.waitForTimeout(300);
		expect(new URL(page.url()).hash).toBe('#methodology');
	});

	test('the disagreements section shows the versions side by side', async ({ page }) => {
		await page.goto('./#disagreements');
		await ready(page);
		const topic = page.locator('[data-topic="start-date"]');
		const versions = topic.locator('[data-version]');
		await expect(versions).toHaveCount(4);
		await expect(versions.first()).toContainText('19 June 2018');
		await expect(versions.first()).toContainText('AFP');
		await topic.scrollIntoViewIfNeeded();
		// Side by side: the first two versions share a row.
		const [a, b] = [await versions.nth(0).boundingBox(), await versions.nth(1).boundingBox()];
		expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
		expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
		for (const id of [
			'nasib-date',
			'pocket-end',
			'last-fighters',
			'sweida-toll',
			'hostage-counts'
		]) {
			expect(
				await page.locator(`[data-topic="${id}"] [data-version]`).count(),
				id
			).toBeGreaterThanOrEqual(2);
		}
		// Every version names its sources with links.
		const links = page.locator('[data-version] a[data-source]');
		expect(await links.count()).toBeGreaterThan(30);
	});

	test('the methodology links to a page of every source with a safe outbound link, and the downloads work', async ({
		page,
		request
	}) => {
		await page.goto('./#methodology');
		await ready(page);
		const sourcesCsv = (await (await request.get('./data/sources.csv')).text()).trim();
		const sources = sourcesCsv.split('\n').length - 1;
		const link = page.locator('#methodology-sources a[href$="sources/"]');
		await expect(link).toContainText(String(sources));
		// The list is a page of its own, plain HTML: it must read without a script.
		const list = await request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
		const html = await list.text();
		expect(html).not.toContain('<script');
		const sourcesPage = await page.context().newPage();
		await sourcesPage.goto('./sources/');
		const links = sourcesPage.locator('[data-sources] a[data-source]');
		const ids = await links.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.source));
		expect(new Set(ids).size).toBe(sources);
		for (const rel of await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
			expect(rel).toBe('noopener noreferrer');
		}
		await sourcesPage.getByRole('link', { name: /back to the story/i }).click();
		await expect(sourcesPage).toHaveURL(/#methodology-sources$/);
		await sourcesPage.close();
		await expect(page.locator('#methodology')).toContainText('© OpenStreetMap contributors');
		await expect(page.locator('#methodology')).toContainText('CC BY 3.0 IGO');
		const downloads = page.locator('#methodology-downloads a[download]');
		expect(await downloads.count()).toBeGreaterThanOrEqual(8);
		for (const href of await downloads.evaluateAll((as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		)) {
			expect((await request.get(href)).status(), href).toBe(200);
		}
	});

	test('the whole-story embed codes in the static methodology copy', async ({ page, context }) => {
		// The sections after the story are static HTML; the page's one delegated handler copies.
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
		});
		await page.goto('./#methodology-downloads');
		await ready(page);
		const codes = page.locator('#methodology-downloads .embed-story');
		await codes
			.getByRole('button', { name: /copy code/i })
			.first()
			.click();
		await expect(codes.getByRole('status')).toHaveText(/copied/i);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/');
		expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
	});

	test('the French edition has lang="fr", French headings and working download links', async ({
		page,
		request
	}) => {
		await page.goto('./fr/#claims');
		await ready(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('#claims h2')).toHaveText(/Ce que disait la dépêche du 31 juillet/);
		await expect(page.locator('#disagreements h2')).toHaveText('Là où les sources divergent');
		await expect(page.locator('#methodology h2')).toHaveText('Méthodologie et sources');
		await expect(page.locator('[data-topic="start-date"] [data-version]').first()).toContainText(
			'19 juin 2018'
		);
		const href = await page
			.locator('#methodology-downloads a[download]')
			.first()
			.evaluate((a) => (a as HTMLAnchorElement).href);
		expect((await request.get(href)).status()).toBe(200);
	});

	test('the language switch keeps the section the reader is in', async ({ page }) => {
		await page.goto('./#disagreements');
		await ready(page);
		await page.locator('[data-topic="sweida-toll"]').scrollIntoViewIfNeeded();
		await page.waitForLoadState('load');
		const switcher = page.getByRole('link', { name: 'Lire en français' });
		await expect(switcher).toHaveAttribute('href', /#disagreements$/);
		await switcher.click();
		await ready(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('#disagreements')).toBeInViewport();
		// And back from a step.
		await page.goto('./fr/#nasib-crossing');
		await ready(page);
		await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute(
			'href',
			/#nasib-crossing$/
		);
	});
});
