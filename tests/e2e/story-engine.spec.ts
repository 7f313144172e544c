import { test as withoutChecks } from '@playwright/test';
import { test, expect, stepSlugs, activeStep, ready } from './fixtures';

test.describe('the scrolled story', () => {
	test('scrolling from top to bottom activates every step in order and the hash follows', async ({
		page
	}) => {
		await page.goto('./');
		await ready(page);
		const slugs = await stepSlugs(page);
		expect(slugs.length).toBeGreaterThanOrEqual(20);
		const seen: string[] = [];
		const hashes = new Set<string>();
		const viewport = page.viewportSize()!;
		for (let i = 0; i < 400; i++) {
			await page.mouse.move(viewport.width / 2, viewport.height / 2);
			await page.mouse.wheel(0, Math.round(viewport.height / 4));
			await page.waitForTimeout(40);
			const slug = await activeStep(page).getAttribute('data-active-step');
			if (slug && seen.at(-1) !== slug) seen.push(slug);
			hashes.add(new URL(page.url()).hash);
			if (seen.at(-1) === slugs.at(-1)) break;
		}
		expect(seen).toEqual(slugs);
		for (const slug of slugs) expect(hashes).toContain(`#${slug}`);
		// replaceState, not pushState: the reader's back button leaves the story.
		expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
	});

	test('the prose and the sections after the story stay once the page comes alive', async ({
		page
	}) => {
		// They are static HTML the island never redraws; only the stage is mounted anew.
		const messages: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
		});
		for (const path of ['./', './fr/']) {
			await page.goto(path);
			await ready(page);
			const slugs = await stepSlugs(page);
			await expect(page.locator('[data-step] h2')).toHaveCount(slugs.length);
			for (const slug of [slugs[0], slugs.at(-1)!]) {
				await expect(page.locator(`#${slug} h2`)).toHaveCount(1);
				await expect(page.locator(`#${slug} p`).first()).not.toBeEmpty();
			}
			await expect(page.locator('main #claims')).toBeAttached();
		}
		expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
	});

	test('a cold section link lands on that section with its graphic state', async ({ page }) => {
		await page.goto('./#daraa-al-balad-flag');
		await ready(page);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'daraa-al-balad-flag');
		await expect(page.locator('#daraa-al-balad-flag')).toBeInViewport();
		expect(new URL(page.url()).hash).toBe('#daraa-al-balad-flag');
	});

	test('back and forward between section links show each section', async ({ page }) => {
		await page.goto('./#offensive-begins');
		await ready(page);
		await page.evaluate(() => (location.hash = '#quneitra-deal'));
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'quneitra-deal');
		await page.goBack();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'offensive-begins');
		await page.goForward();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'quneitra-deal');
	});

	test('a fragment that is not a section (a CMS secret) is ignored', async ({ page }) => {
		await page.goto('./#?secret=abc123');
		await ready(page);
		const slugs = await stepSlugs(page);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[0]!);
		expect(await page.evaluate(() => scrollY)).toBeLessThan(50);
	});

	test('next and previous links step through the story without scrolling by hand', async ({
		page
	}) => {
		await page.goto('./#offensive-begins');
		await ready(page);
		await page.getByRole('link', { name: /next|suivant/i }).click();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'russian-air-power');
		await page.getByRole('link', { name: /previous|précédent/i }).click();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'offensive-begins');
	});

	test('moving keyboard focus into a step makes it active', async ({ page }) => {
		await page.goto('./#offensive-begins');
		await ready(page);
		await page.locator('#quneitra-deal').getByRole('button', { name: /share/i }).focus();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'quneitra-deal');
	});

	test('each step has a labelled share control that copies the section link', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('./#july-6-deal');
		await ready(page);
		// One menu for the page, filled in for the step whose button opened it.
		await page.locator('#july-6-deal').getByRole('button', { name: /share/i }).click();
		const menu = page.locator('#share-menu');
		await expect(menu.getByRole('textbox').first()).toHaveValue(/july-6-deal/);
		await menu.getByRole('button', { name: /copy link/i }).click();
		await expect(menu.getByRole('status').first()).toHaveText(/copied/i);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/july-6-deal/);
	});

	test('the active step survives a resize and a rotation', async ({ page }) => {
		await page.goto('./#quneitra-offensive');
		await ready(page);
		const size = page.viewportSize()!;
		await page.setViewportSize({ width: size.height, height: size.width });
		await page.waitForTimeout(200);
		await page.setViewportSize(size);
		await page.waitForTimeout(200);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'quneitra-offensive');
	});
});

test.describe('the start', () => {
	test('the first paint is the story, and the island starts with no move from the reader', async ({
		page
	}) => {
		await page.goto('./');
		// No input at all: the module script runs on its own.
		await page.waitForFunction(() => document.documentElement.dataset.tracked === 'true');
		const paint = await page.evaluate(
			() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime
		);
		expect(paint).toBeGreaterThan(0);
		await expect(page.locator('[data-stage] [data-active-step] svg').first()).toBeVisible();
	});

	test('opened at a section, the story comes alive with no move from the reader', async ({
		page
	}) => {
		await page.goto('./fr/#nasib-crossing');
		await page.waitForFunction(() => document.documentElement.dataset.tracked === 'true');
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'nasib-crossing');
	});

	test('a first click on Next, before any other input, moves to the first step', async ({
		page
	}) => {
		// At 1280 × 800 Next is on the first screen.
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('./');
		const slugs = await stepSlugs(page);
		// The reader's first input is this click (Playwright moves the mouse only to press it).
		await page.getByRole('link', { name: /next/i }).click();
		await expect(page.locator(`#${slugs[0]}`)).toBeInViewport();
		await ready(page);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[0]!);
		await expect(page.locator('[data-count]')).toHaveText(`1 / ${slugs.length}`);
	});

	test('a cold section link reaches its section without waiting for the island', async ({
		page
	}) => {
		// The island's script arrives late, as on a slow phone network: the browser's own
		// jump to the section must not wait for it (a deferred script would hold it).
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route(/island\/story-[^/]*\.js/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('./#yarmouk-pocket', { waitUntil: 'domcontentloaded' });
		await expect(page.locator('#yarmouk-pocket')).toBeInViewport();
		expect(await page.evaluate(() => document.documentElement.dataset.tracked)).toBeUndefined();
		release();
		await ready(page);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'yarmouk-pocket');
	});

	test('a cold section link opens without layout shift', async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { shift: number };
			w.shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[]) {
					if (!entry.hadRecentInput) w.shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// The Arabic edition too: its typeface arriving late, as on a slow phone network,
		// must not move the text the reader landed on.
		await page.route('**/fonts/*.woff2', async (route) => {
			await new Promise((done) => setTimeout(done, 800));
			await route.continue();
		});
		for (const link of ['#yarmouk-pocket', '#nasib-crossing', 'ar/#yarmouk-pocket']) {
			const slug = link.split('#')[1]!;
			await page.goto(`./${link}`);
			await ready(page);
			await expect(activeStep(page)).toHaveAttribute('data-active-step', slug);
			await page.waitForTimeout(1500);
			const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
			expect(shift, `layout shift on ${link}`).toBeLessThanOrEqual(0.01);
		}
	});

	test('on a slow connection the stage says it is loading, then follows the reader', async ({
		page
	}) => {
		// The graphic's data arrives two seconds late, as on a slow mobile connection.
		await page.route(/graphics\.json/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 2000));
			await route.continue();
		});
		await page.goto('./');
		const status = page.locator('[data-graphic-status]');
		await expect(status).toBeVisible();
		await expect(status).toContainText(/loading/i);
		await expect(page.locator('[data-stage]')).toHaveAttribute('aria-busy', 'true');
		// Meanwhile the reader moves on: the links work and the steps are tracked.
		const slugs = await stepSlugs(page);
		await page.getByRole('link', { name: /next/i }).click();
		await expect(page.locator(`#${slugs[0]}`)).toBeInViewport();
		await expect(page).toHaveURL(new RegExp(`#${slugs[0]}$`));
		// The tracker has the reader on the first step: Next now leads to the second. (Before
		// the island runs, the prerendered Next can only lead to the first step.)
		const next = page.getByRole('link', { name: /next/i });
		await expect(next).toHaveAttribute('href', `#${slugs[1]}`);
		await next.click();
		await expect(page.locator('[data-count]')).toHaveText(`2 / ${slugs.length}`);
		// Once the data is in, the graphic is on the reader's step and the notice is gone.
		await ready(page);
		await expect(status).toBeHidden();
		await expect(activeStep(page)).toHaveAttribute('data-active-step', slugs[1]!);
	});

	// Without the request checks: this request fails on purpose.
	withoutChecks(
		'if the graphic cannot load, the page says so and the text and links still work',
		async ({ page }) => {
			// A reader whose connection drops the graphic's data: the request fails for real.
			await page.route(/graphics\.json/, (route) => route.abort());
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto('./');
			await ready(page);
			await expect(page.locator('[data-graphic-status]')).toBeVisible();
			await expect(page.locator('[data-graphic-status]')).toContainText(/unavailable/i);
			const slugs = await stepSlugs(page);
			await page.getByRole('link', { name: /next/i }).click();
			await expect(page.locator(`#${slugs[0]}`)).toBeInViewport();
			await expect(page.locator('[data-count]')).toHaveText(`1 / ${slugs.length}`);
			// A reader clicks again once Next leads on (the tracker has them on the first step).
			const next = page.getByRole('link', { name: /next/i });
			await expect(next).toHaveAttribute('href', `#${slugs[1]}`);
			await next.click();
			await expect(page.locator('[data-count]')).toHaveText(`2 / ${slugs.length}`);
			expect(errors).toEqual([]);
		}
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page still has the headline, every step and a drawn graphic', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('h1')).toBeVisible();
		const slugs = await stepSlugs(page);
		expect(slugs.length).toBeGreaterThanOrEqual(20);
		for (const slug of slugs) {
			await expect(page.locator(`#${slug} p`).first()).not.toBeEmpty();
		}
		await expect(page.locator('[data-active-step] svg').first()).toBeVisible();
	});

	test('Previous and Next are links that move through the story', async ({ page }) => {
		await page.goto('./');
		const slugs = await stepSlugs(page);
		// From the top, the sticky Next leads to the first step.
		await page.locator('[data-step-nav]').getByRole('link', { name: /next/i }).click();
		await expect(page.locator(`#${slugs[0]}`)).toBeInViewport();
		expect(new URL(page.url()).hash).toBe(`#${slugs[0]}`);
		// From there on, each step's own links step on and back.
		await page.locator(`#${slugs[0]}`).getByRole('link', { name: /next/i }).click();
		await expect(page.locator(`#${slugs[1]}`)).toBeInViewport();
		await page.locator(`#${slugs[1]}`).getByRole('link', { name: /next/i }).click();
		await expect(page.locator(`#${slugs[2]}`)).toBeInViewport();
		await page
			.locator(`#${slugs[2]}`)
			.getByRole('link', { name: /previous/i })
			.click();
		await expect(page.locator(`#${slugs[1]}`)).toBeInViewport();
		expect(new URL(page.url()).hash).toBe(`#${slugs[1]}`);
	});
});

test.describe('under another base path', () => {
	test('the same build works when a host serves it from a sub-folder', async ({ page }) => {
		const { spawn } = await import('node:child_process');
		const port = Number(process.env.PW_PORT ?? 4321) + 100 + test.info().parallelIndex;
		const server = spawn('node', [
			'scripts/serve.js',
			'build',
			String(port),
			'/news/graphics/deraa/'
		]);
		try {
			await new Promise((resolve) => server.stdout.once('data', resolve));
			await page.goto(`http://localhost:${port}/news/graphics/deraa/fr/#quneitra-deal`);
			await ready(page);
			await expect(activeStep(page)).toHaveAttribute('data-active-step', 'quneitra-deal');
			await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		} finally {
			server.kill();
		}
	});
});
