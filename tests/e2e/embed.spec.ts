import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, type Frame, type Page } from '@playwright/test';
import { triggerFraction } from '../../src/lib/scroll/activeStep';
import { test, expect, ready, stepSlugs } from './fixtures';
import { publicAddress } from '../../scripts/publicAddress.js';

/**
 * The story inside somebody else's page: a host served from a second localhost
 * origin loads our pym.js and calls `new pym.Parent(id, url, {})`, as a CMS would.
 */

/** Where the build says it is published (PUBLIC_SITE_URL): what crawlers and oEmbed read. */
const SITE = publicAddress().siteUrl;

function hostHtml(storyOrigin: string, embedPath: string, above = 500): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host news site</title></head>
<body style="margin:0;font:16px/1.5 sans-serif">
<header id="above" style="height:${above}px;padding:1rem;background:#eef">A host article, before the embed.</header>
<div id="container"></div>
<footer style="height:1200px;padding:1rem;background:#efe">After the embed.</footer>
<script src="${storyOrigin}/embed/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('container', '${storyOrigin}${embedPath}', {});</script>
</body></html>`;
}

/**
 * A host that sizes the frame from AMP's embed-size message and runs no pym: it
 * never says where its screen is, so the story must fall back to the flat layout.
 */
function ampHostHtml(storyOrigin: string): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An AMP-like host</title></head>
<body style="margin:0">
<header style="height:300px">Before the embed.</header>
<iframe id="frame" src="${storyOrigin}/embed/" title="Story" height="400" style="display:block;width:100%;border:0"></iframe>
<script>
var frame = document.getElementById('frame');
window.addEventListener('message', function (event) {
	if (event.source !== frame.contentWindow) return;
	if (typeof event.data === 'string') {
		try { var m = JSON.parse(event.data); if (m.context === 'iframe.resize') window.embedly = m; } catch (e) {}
		return;
	}
	if (event.data && event.data.sentinel === 'amp' && event.data.type === 'embed-size') {
		frame.height = event.data.height;
	}
});
</script>
</body></html>`;
}

/** A tiny host web server on a random port (another origin than the story's). */
async function startHost(storyOrigin: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://host');
		if (url.pathname === '/amp') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(ampHostHtml(storyOrigin));
			return;
		}
		const embed = url.searchParams.get('embed') ?? '/embed/';
		// Only our own paths: the host page is a fixture, not an open redirector.
		const path = /^\/(fr\/)?embed\/([a-z0-9-]+\/)?(#\?secret=[a-z0-9]+)?$/i.test(embed)
			? embed
			: '/embed/';
		// How far down the host's article the embed sits (a number of px, within reason).
		const above = Math.min(10_000, Math.max(0, Number(url.searchParams.get('above')) || 500));
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostHtml(storyOrigin, path, above));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, origin: `http://127.0.0.1:${port}` };
}

const hostTest = base.extend<{ host: { origin: string; problems: string[] } }>({
	host: async ({ page, baseURL }, use) => {
		const storyOrigin = new URL(baseURL!).origin;
		const { server, origin } = await startHost(storyOrigin);
		const problems: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(storyOrigin) && !url.startsWith(origin) && !url.startsWith('data:')) {
				problems.push(`request to a third origin: ${url}`);
			}
		});
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		await use({ origin, problems });
		await new Promise((resolve) => server.close(resolve));
		expect(problems, 'errors or requests to a third origin').toEqual([]);
	}
});

async function embedFrame(page: Page, path: RegExp): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => path.test(f.url()))).toBe(true);
	const frame = page.frames().find((f) => path.test(f.url()))!;
	await frame.waitForFunction(() => document.documentElement.dataset.tracked === 'true');
	return frame;
}

async function iframeHeight(page: Page): Promise<number> {
	// pym sets height="1234px".
	return Number(
		await page
			.locator('#container iframe')
			.getAttribute('height')
			.then((h) => parseFloat(h ?? '0'))
	);
}

async function contentHeight(frame: Frame): Promise<number> {
	return frame.evaluate(
		() => document.querySelector('.embed-frame')!.getBoundingClientRect().height
	);
}

hostTest(
	'a host that sizes the frame but never says where its screen is gets the flat layout',
	async ({ page, host }) => {
		await page.goto(`${host.origin}/amp`);
		const frame = await embedFrame(page, /\/embed\/$/);
		const iframe = page.locator('#frame');
		await expect
			.poll(async () => Number(await iframe.getAttribute('height')))
			.toBeGreaterThan(2000);
		// Each step now carries its own graphic, in its own state.
		const pairs = frame.locator('[data-step]');
		const count = await pairs.count();
		// The story waits 1.5 s for a position, then draws 35 graphics at once: slow on a busy CI box.
		await expect(frame.locator('[data-step] [data-active-step]')).toHaveCount(count, {
			timeout: 15_000
		});
		const mismatched = await pairs.evaluateAll((steps) =>
			steps.filter(
				(s) =>
					s.querySelector<HTMLElement>('[data-active-step]')?.dataset.activeStep !==
					(s as HTMLElement).dataset.step
			)
		);
		expect(mismatched).toHaveLength(0);
		// The frame was sized to its content, and Embedly's message said the same.
		await expect
			.poll(async () =>
				Math.abs(Number(await iframe.getAttribute('height')) - (await contentHeight(frame)))
			)
			.toBeLessThan(1);
		const embedly = await page.evaluate(
			() => (window as unknown as { embedly?: { src: string; height: number } }).embedly
		);
		expect(embedly?.src).toMatch(/\/embed\/$/);
		expect(embedly?.height).toBe(Number(await iframe.getAttribute('height')));
	}
);

hostTest.describe('the whole story embedded with pym.js', () => {
	hostTest(
		'an embed 3,000 px below the fold, on another origin, reaches its full height without scrolling',
		async ({ page, host }) => {
			// The host is served from 127.0.0.1, the story from localhost: another origin. Chromium
			// neither paints nor runs ResizeObserver in such a frame while it is off screen.
			const start = Date.now();
			await page.goto(`${host.origin}/?above=3000`);
			await expect
				.poll(() => iframeHeight(page), { timeout: 5_000, intervals: [100] })
				.toBeGreaterThan(3000);
			expect(Date.now() - start).toBeLessThan(5_000);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			const box = await page.locator('#container iframe').boundingBox();
			expect(box!.y).toBeGreaterThan(page.viewportSize()!.height + 2000);
		}
	);

	hostTest('the iframe grows to the height of the story', async ({ page, host }) => {
		// WordPress appends `#?secret=…` to the frames it makes; it must change nothing.
		await page.goto(`${host.origin}/?embed=${encodeURIComponent('/embed/#?secret=a1b2c3')}`);
		const frame = await embedFrame(
			page,
			/\/embed\/\?initialWidth=\d+&childId=container.*#\?secret=a1b2c3$/
		);
		await expect.poll(() => iframeHeight(page)).toBeGreaterThan(3000);
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(1);
		// The frame shows everything: nothing scrolls inside it.
		const inner = await frame.evaluate(() => ({
			scroll: document.documentElement.scrollHeight,
			view: window.innerHeight
		}));
		expect(inner.scroll).toBeLessThanOrEqual(inner.view + 1);
		expect(await frame.title()).toMatch(/\S/);
		await expect(frame.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	});

	hostTest(
		'scrolling the host activates every step in order and keeps the graphic in view',
		async ({ page, host }) => {
			// Thirty-five sections, scrolled by the host a fifth of a screen at a time.
			test.setTimeout(240_000);
			await page.goto(`${host.origin}/?embed=/embed/`);
			const frame = await embedFrame(page, /\/embed\/\?/);
			await expect.poll(() => iframeHeight(page)).toBeGreaterThan(3000);
			const slugs = await frame
				.locator('[data-step]')
				.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.step!));
			expect(slugs.length).toBeGreaterThanOrEqual(20);

			const viewport = page.viewportSize()!;
			const seen: string[] = [];
			let checkedVisible = 0;
			for (let i = 0; i < 1500 && seen.at(-1) !== slugs.at(-1); i++) {
				await page.mouse.move(viewport.width / 2, viewport.height / 2);
				await page.mouse.wheel(0, Math.round(viewport.height / 5));
				await page.waitForTimeout(60);
				const slug = await frame
					.locator('[data-active-step]')
					.first()
					.getAttribute('data-active-step');
				if (slug && seen.at(-1) !== slug) {
					seen.push(slug);
					if (seen.length > 1) {
						// Once the story has started, the graphic sits in the host's viewport.
						await expect
							.poll(async () => {
								const frameTop = (await page.locator('#container iframe').boundingBox())!.y;
								const stage = await frame.locator('.stage').evaluate((el) => {
									const r = el.getBoundingClientRect();
									return { top: r.top, bottom: r.bottom };
								});
								const top = frameTop + stage.top;
								const bottom = frameTop + stage.bottom;
								return top >= -2 && bottom <= viewport.height + 2 && bottom - top > 100;
							})
							.toBe(true);
						checkedVisible++;
					}
				}
			}
			expect(seen).toEqual(slugs);
			expect(checkedVisible).toBe(slugs.length - 1);
			// The embed never touches the host's URL or history.
			expect(new URL(page.url()).hash).toBe('');
		}
	);

	hostTest(
		'a host that jumps (a contents link, a script) shows the step it lands on',
		async ({ page, host }) => {
			await page.goto(`${host.origin}/?embed=/embed/`);
			const frame = await embedFrame(page, /\/embed\/\?/);
			await expect.poll(() => iframeHeight(page)).toBeGreaterThan(3000);
			const viewport = page.viewportSize()!;
			const trigger = viewport.height * triggerFraction(viewport.width, viewport.height);
			const steps = frame.locator('[data-step]');
			const graphic = frame.locator('[data-active-step]').first();
			// No wheel or touch reaches the frame: only the host's answers say where it is.
			for (const index of [20, 4, 12, 30]) {
				const step = steps.nth(index);
				const slug = (await step.getAttribute('data-step'))!;
				const stepTop = await step.evaluate((el) => el.getBoundingClientRect().top);
				const frameTop = await page.evaluate(
					() => document.querySelector('#container iframe')!.getBoundingClientRect().top + scrollY
				);
				await page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop - trigger + 60);
				await expect(graphic, `jumped to ${slug}`).toHaveAttribute('data-active-step', slug, {
					timeout: 3000
				});
			}
		}
	);

	hostTest('a single section embed steps with its buttons', async ({ page, host }) => {
		await page.goto(`${host.origin}/?embed=/embed/july-6-deal/`);
		const frame = await embedFrame(page, /\/embed\/july-6-deal\/\?/);
		const graphic = frame.locator('[data-active-step]');
		await expect(graphic).toHaveAttribute('data-active-step', 'july-6-deal');
		await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
		const historyBefore = await page.evaluate(() => history.length);
		const next = frame.getByRole('link', { name: /Next/ });
		await next.click();
		await expect(graphic).toHaveAttribute('data-active-step', 'nasib-crossing');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('The flag at Nasib');
		// Each link names a fixed step: a second click before the first lands would repeat it.
		await frame.getByRole('link', { name: /Previous/ }).click();
		await expect(graphic).toHaveAttribute('data-active-step', 'july-6-deal');
		await frame.getByRole('link', { name: /Previous/ }).click();
		await expect(graphic).toHaveAttribute('data-active-step', 'talks-break-down');
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(1);
		// Stepping inside the frame adds nothing to the host's history.
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	});
});

test.describe('embed pages', () => {
	test('each section embed shows its state without JavaScript, and steps by links', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('embed/offensive-begins/');
		await expect(page.locator('[data-active-step]')).toHaveAttribute(
			'data-active-step',
			'offensive-begins'
		);
		await expect(page.locator('[data-active-step] svg').first()).toBeVisible();
		await page.getByRole('link', { name: /Next/ }).click();
		await expect(page.locator('[data-active-step]')).toHaveAttribute(
			'data-active-step',
			'russian-air-power'
		);
		await page.goto('fr/embed/offensive-begins/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await context.close();
	});

	test("a section embed reads its section's text, and the next section's after a step", async ({
		page
	}) => {
		const prose = (slug: string) =>
			page.locator(`article[data-step="${slug}"] .text p:not(.kicker):not(.visually-hidden)`);
		await page.goto('embed/offensive-begins/');
		await ready(page);
		await expect(prose('offensive-begins').first()).toBeVisible();
		await expect(prose('offensive-begins').first()).not.toBeEmpty();
		await page.getByRole('link', { name: /Next/ }).click();
		await expect(prose('russian-air-power').first()).toBeVisible();
		await expect(prose('russian-air-power').first()).not.toBeEmpty();
	});

	test('embed pages are noindex, titled and discoverable by oEmbed', async ({ page, request }) => {
		await page.goto('./');
		const slugs = await stepSlugs(page);
		for (const path of ['embed/', `embed/${slugs[3]}/`, 'fr/embed/', `fr/embed/${slugs[3]}/`]) {
			await page.goto(path);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			expect(await page.title()).not.toBe('');
			const href = await page
				.locator('link[rel="alternate"][type="application/json+oembed"]')
				.getAttribute('href');
			expect(href).toMatch(/oembed\.json$/);
			const local = href!.replace(SITE, '');
			const oembed = await (await request.get(local)).json();
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
			// A section's oEmbed embeds that section; the whole story's embeds the whole story.
			const embedded = path.replace(/^fr\//, '');
			expect(oembed.html).toMatch(
				new RegExp(`^<iframe [^>]*src="${escapeRegExp(SITE)}(fr/)?${escapeRegExp(embedded)}"`)
			);
			expect(oembed.html).toMatch(/<\/iframe>$/);
			expect(oembed.thumbnail_url).toMatch(/\/cards\/(en|fr)\/[a-z0-9-]+\.png$/);
			// WordPress clamps oEmbed frames to 1000 px.
			expect(oembed.height).toBeLessThanOrEqual(1000);
		}
	});

	test('our copy of pym.js is served with its licence', async ({ request }) => {
		const response = await request.get('embed/pym.v1.min.js');
		expect(response.headers()['content-type']).toContain('javascript');
		const body = await response.text();
		expect(body).toContain('Copyright (c) 2014 NPR');
		expect(body).toContain('pym.js - v1.');
	});

	test('each section share menu offers embed codes, at the address the page was loaded from', async ({
		page,
		baseURL
	}) => {
		await page.goto('./#july-6-deal');
		await ready(page);
		// One menu for the page, filled in for the step whose button opened it.
		await page.locator('#july-6-deal').getByRole('button', { name: /share/i }).click();
		const menu = page.locator('#share-menu');
		await menu.locator('summary').click();
		// What a reader copies names the site they are on, wherever the build is served.
		const here = new URL('./', baseURL).href;
		expect(here).not.toBe(SITE);
		const codes = menu.locator('textarea');
		await expect(codes).toHaveCount(2);
		const at = (path: string) => escapeRegExp(`${here}${path}`);
		await expect(codes.first()).toHaveValue(
			new RegExp(`new pym\\.Parent\\(.*"${at('embed/july-6-deal/')}"`)
		);
		await expect(codes.first()).toHaveValue(
			new RegExp(`<script src="${at('embed/pym.v1.min.js')}">`)
		);
		await expect(codes.last()).toHaveValue(
			new RegExp(`^<iframe src="${at('embed/july-6-deal/')}"`)
		);
		await expect(menu.locator('input[readonly]')).toHaveValue(`${here}s/july-6-deal/`);
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decode(text: string | undefined): string | undefined {
	return text
		?.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature)) return null;
	if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share pages', () => {
	test('every section in both languages has a share page with its own card', async ({
		page,
		request
	}) => {
		for (const [locale, prefix] of [
			['en', ''],
			['fr', 'fr/']
		] as const) {
			await page.goto(prefix || './');
			const steps = await page.locator('[data-step]').evaluateAll((nodes) =>
				nodes.map((n) => ({
					slug: (n as HTMLElement).dataset.step!,
					title: n.querySelector('h2')!.textContent!.trim()
				}))
			);
			expect(steps.length).toBeGreaterThanOrEqual(20);
			const images = new Set<string>();
			for (const { slug, title } of steps) {
				const response = await request.get(`${prefix}s/${slug}/`);
				expect(response.status()).toBe(200);
				const html = await response.text();
				const meta = (attr: string, key: string) =>
					html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1];
				expect(decode(meta('property', 'og:title'))).toBe(title);
				expect(meta('property', 'og:description')?.length).toBeGreaterThan(40);
				expect(meta('property', 'og:url')).toBe(`${SITE}${prefix}s/${slug}/`);
				expect(meta('property', 'og:image')).toBe(`${SITE}cards/${locale}/${slug}.png`);
				expect(meta('name', 'twitter:card')).toBe('summary_large_image');
				expect(meta('name', 'robots')).toBe('noindex');
				expect(html).not.toContain('rel="canonical"');
				expect(html).toContain(`href="../../#${slug}"`);
				const png = await request.get(`cards/${locale}/${slug}.png`);
				expect(png.headers()['content-type']).toBe('image/png');
				const bytes = await png.body();
				expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
				images.add(bytes.toString('base64'));
			}
			// Each section's card is its own picture.
			expect(images.size).toBe(steps.length);
		}
	});

	for (const prefix of ['', 'fr/']) {
		// The plain test: the redirect aborts the favicon request, which the fixture would count.
		base(
			`the ${prefix || 'en/'} share page sends a reader to the story at that section`,
			async ({ page }) => {
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(error.message));
				page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
				await page.goto(`${prefix}s/quneitra-deal/`);
				await page.waitForURL(/#quneitra-deal$/);
				expect(new URL(page.url()).pathname).toMatch(prefix ? /\/fr\/$/ : /^\/$/);
				await page.waitForFunction(() => document.documentElement.dataset.tracked === 'true');
				await expect(page.locator('[data-active-step]').first()).toHaveAttribute(
					'data-active-step',
					'quneitra-deal'
				);
				await expect(page.locator('#quneitra-deal')).toBeInViewport();
				expect(errors).toEqual([]);
			}
		);
	}
});
