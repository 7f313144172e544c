/**
 * Explore (issue 23): a place page reads without script; the town search finds a place
 * by its Arabic name and by a French spelling and opens it by keyboard alone; the map on
 * any day moves by keyboard, and a cold `#map-<day>` link shows that day; axe finds
 * nothing on a place page or the explorer. Runs at 375 and 1280 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { relativeUrl } from './pages';

const AXE_TIMEOUT = 120_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder.include(include);
	const results = await builder.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

const explorer = (page: Page) => page.locator('[data-explore-root]');
const shownDay = (page: Page) => explorer(page).getAttribute('data-explore-date');
const count = (page: Page, side: string) =>
	explorer(page).locator(`[data-side-count="${side}"]`).textContent();

test.describe('without script', () => {
	test.use({ javaScriptEnabled: false });

	test('a place page reads: names, control with its disputed dates, events, steps', async ({
		page
	}) => {
		await page.goto(relativeUrl('/places/nasib-crossing/'));
		await expect(page.locator('h1')).toHaveText('Nasib-Jaber border crossing');
		await expect(page.getByText('معبر نصيب')).toBeVisible();
		await expect(page.getByText('Nassib, Naseeb, Jaber')).toBeVisible();
		const control = page.locator('section[aria-labelledby="control"]');
		await expect(control).toContainText('6 July 2018');
		await expect(control).toContainText(
			'Sources disagree on the date: 6 July 2018, 7 July 2018 and 9 July 2018'
		);
		await expect(control.locator('a[href="../../#map-2018-07-06"]')).toBeVisible();
		await expect(page.locator('.locator')).toBeVisible();
		expect(await page.locator('section[aria-labelledby="events"] li').count()).toBeGreaterThan(0);
		await expect(
			page.locator('section[aria-labelledby="steps"] a[href^="../../#"]').first()
		).toBeVisible();
		// Without script the search box is a link to every place.
		await expect(page.locator('[data-find-box]')).toBeHidden();
		await page.getByRole('link', { name: 'All places, by governorate' }).last().click();
		await expect(page).toHaveURL(/\/places\/$/);
		await expect(page.locator('a[href="nawa/"]')).toBeVisible();
	});

	test('a place we could not locate says so instead of drawing a guess', async ({ page }) => {
		await page.goto(relativeUrl('/fr/places/abu-kharj/'));
		await expect(page.getByText('Pas de coordonnées')).toBeVisible();
		await expect(page.locator('.locator')).toHaveCount(0);
	});

	test('the Arabic edition’s place page reads right to left, in Arabic', async ({ page }) => {
		await page.goto(relativeUrl('/ar/places/nasib-crossing/'));
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toHaveText('معبر نصيب');
		await expect(page.locator('dl.facts')).toContainText('درعا');
		await expect(page.locator('section[aria-labelledby="control"]')).toContainText(
			'تختلف المصادر على التاريخ: 6 تموز/\u2060يوليو 2018، 7 تموز/\u2060يوليو 2018 و9 تموز/\u2060يوليو 2018.'
		);
		await expect(page.getByRole('link', { name: '→ العودة إلى القصة' })).toHaveAttribute(
			'href',
			'../../'
		);
	});

	test('the story shows the key dates as static maps', async ({ page }) => {
		await page.goto(relativeUrl('/', '#map-2018-07-15'));
		await expect(page.locator('figure#map-2018-07-15 > svg')).toBeVisible();
		await expect(page.locator('[data-explore-controls]')).toBeHidden();
	});
});

test('the town search loads nothing until used, then finds a place by its Arabic name', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(relativeUrl('/places/nawa/'));
	const box = page.getByRole('combobox');
	await expect(box).toBeVisible();
	expect(fetched.filter((p) => /search\.json|combobox/.test(p))).toEqual([]);
	await box.focus();
	await page.keyboard.type('بصرى الشام');
	const option = page.getByRole('option').first();
	await expect(option).toContainText('Busra al-Sham');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/places\/busra-al-sham\/$/);
});

test('the town search finds a place by a French spelling from the story, by keyboard', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(relativeUrl('/fr/'));
	await page.waitForLoadState('load');
	// The story's first load takes none of the explorer's or the search's code or data.
	expect(fetched.filter((p) => /explore|combobox|live-|search\.json/.test(p))).toEqual([]);
	// The story's search box comes to life as the reader reaches the end of the story.
	await page.locator('[data-find-town]').scrollIntoViewIfNeeded();
	const box = page.getByRole('combobox');
	await box.focus();
	await page.keyboard.type('Soueida');
	await expect(page.getByRole('option').first()).toContainText('Soueida');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/fr\/places\/sweida\/$/);
	await expect(page.locator('h1')).toHaveText('Soueida');
});

test('the date slider moves by keyboard and the map and counts follow', async ({ page }) => {
	await page.goto(relativeUrl('/', '#map-2018-07-01'));
	await expect(explorer(page)).toHaveAttribute('data-explore-date', '2018-07-01');
	const slider = page.getByRole('slider');
	await slider.focus();
	const nasib = explorer(page).locator('[data-place="nasib-crossing"]');
	const scrolled = () => page.evaluate(() => Math.round(window.scrollY));
	const before = await scrolled();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	expect(await shownDay(page)).toBe('2018-07-05');
	await expect(nasib).toHaveAttribute('data-control', 'rebels');
	const rebelsBefore = Number(await count(page, 'rebels'));
	await page.keyboard.press('ArrowRight');
	expect(await shownDay(page)).toBe('2018-07-06');
	await expect(nasib).toHaveAttribute('data-control', 'deal');
	expect(Number(await count(page, 'rebels'))).toBeLessThan(rebelsBefore);
	await expect(page.locator('[data-explore-title]')).toHaveText('Control on 6 July 2018');
	await expect(page).toHaveURL(/#map-2018-07-06$/);
	await page.keyboard.press('PageUp');
	expect(await shownDay(page)).toBe('2018-07-13');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('ArrowLeft');
	expect(await shownDay(page)).toBe('2018-07-05');
	await page.keyboard.press('End');
	expect(await shownDay(page)).toBe('2018-08-31');
	expect(await count(page, 'rebels')).toBe('0');
	await page.keyboard.press('Home');
	expect(await shownDay(page)).toBe('2018-06-15');
	expect(await count(page, 'deal')).toBe('0');
	// Moving the date rewrites the address but never moves the page under the reader.
	expect(await scrolled()).toBe(before);
});

test('a cold #map-<day> link scrolls to the explorer and shows that day', async ({ page }) => {
	await page.goto(relativeUrl('/fr/', '#map-2018-07-20'));
	await expect(explorer(page)).toHaveAttribute('data-explore-date', '2018-07-20');
	await expect(page.locator('[data-explore-title]')).toHaveText('Contrôle le 20 juillet 2018');
	await expect(explorer(page).locator('[data-place="saida-al-golan"]')).toHaveAttribute(
		'data-control',
		'is'
	);
	await expect(page.locator('#map-title')).toBeInViewport();
});

test('the Arabic edition: a cold link, the slider runs left to right as time does, search in Arabic', async ({
	page
}) => {
	await page.goto(relativeUrl('/ar/', '#map-2018-07-06'));
	await expect(explorer(page)).toHaveAttribute('data-explore-date', '2018-07-06');
	await expect(page.locator('[data-explore-title]')).toHaveText(
		'السيطرة في 6 تموز/\u2060يوليو 2018'
	);
	await page.getByRole('slider').focus();
	await page.keyboard.press('ArrowRight');
	expect(await shownDay(page)).toBe('2018-07-07');
	await page.getByRole('combobox').focus();
	await page.keyboard.type('بصرى');
	await expect(page.getByRole('option').first()).toContainText('بصرى الشام');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ar\/places\/busra-al-sham\/$/);
});

test('a step’s “see this day on the map” opens the explorer on its day', async ({ page }) => {
	await page.goto(relativeUrl('/'));
	const link = page.locator('.map-link a').first();
	const day = (await link.getAttribute('href'))!.replace('#map-', '');
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(explorer(page)).toHaveAttribute('data-explore-date', day);
	await expect(page.locator('#map-title')).toBeInViewport();
});

test('axe finds nothing on a place page', async ({ page }) => {
	test.setTimeout(AXE_TIMEOUT);
	// The Arabic edition's: right to left, with English notes and names inside.
	await page.goto(relativeUrl('/ar/places/busra-al-sham/'));
	expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing on the explorer and the town search', async ({ page }) => {
	test.setTimeout(AXE_TIMEOUT);
	await page.goto(relativeUrl('/', '#map-2018-07-06'));
	await expect(explorer(page)).toHaveAttribute('data-explore-date', '2018-07-06');
	await expect(page.locator('[data-explore-controls]')).toBeVisible();
	await page.getByRole('combobox').focus();
	await page.keyboard.type('Nawa');
	await expect(page.getByRole('option').first()).toBeVisible();
	expect(await axeViolations(page, '#map')).toEqual([]);
	expect(await axeViolations(page, '[data-find-town]')).toEqual([]);
});
