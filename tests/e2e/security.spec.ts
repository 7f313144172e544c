/**
 * Safe to embed and hard to confuse: every built page loads only from its own
 * origin and within its byte budget; links out cannot reach back; and whatever a
 * reader does (fling to the end, jump between sections, resize, rotate, zoom),
 * the graphic shows the step that is actually under the trigger line.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { BUDGET, KB } from '../build/site';
import { test, expect, stepSlugs, activeStep, ready } from './fixtures';
import { builtPages, relativeUrl } from './pages';

/**
 * One page of each kind per edition: the build checks (tests/build) already read
 * every page's markup; here a browser proves what those pages actually load.
 */
const kindOf = (path: string) =>
	path.replace(/^\/fr\//, '/').replace(/\/[a-z0-9-]+\/$/, '/<slug>/');
const samplePages = builtPages.filter(
	(path, i) =>
		builtPages.findIndex(
			(p) => kindOf(p) === kindOf(path) && p.startsWith('/fr/') === path.startsWith('/fr/')
		) === i
);

test.describe('a page of each kind', () => {
	for (const path of samplePages) {
		test(`${path} loads only from its own origin, within budget`, async ({
			page,
			baseURL,
			pageProblems
		}) => {
			test.skip(test.info().project.name !== 'phone', 'what a page loads does not depend on width');
			const origin = new URL(baseURL!).origin;
			const target = new URL(relativeUrl(path), baseURL).href;
			// A share page sends people on to the story; its own first load is what is measured.
			await page.route('**/*', (route) =>
				route.request().isNavigationRequest() && route.request().url().split('#')[0] !== target
					? route.fulfill({ status: 200, contentType: 'text/html', body: '' })
					: route.continue()
			);
			const foreign: string[] = [];
			const bodies: Promise<{ type: string; gzip: number }>[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
			});
			page.on('response', (response) => {
				bodies.push(
					response
						.body()
						.then((body) => ({
							type: response.request().resourceType(),
							gzip: gzipSync(body, { level: 9 }).length
						}))
						.catch(() => ({ type: 'redirect', gzip: 0 }))
				);
			});
			await page.goto(relativeUrl(path), { waitUntil: 'networkidle' });
			// Whatever loads late (lazy images, fonts for later sections) loads on the way down.
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.waitForLoadState('networkidle');
			expect(foreign, 'requests to another origin (fonts, scripts, images, data)').toEqual([]);
			// Leaving a share page cancels what it was still fetching; that is the redirect, not a fault.
			const cancelled = (p: string) =>
				p.startsWith('failed request') && p.endsWith('(net::ERR_ABORTED)');
			if (path.includes('/s/'))
				pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !cancelled(p)));
			const loaded = await Promise.all(bodies);
			const total = loaded.reduce((sum, r) => sum + r.gzip, 0);
			const js = loaded.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.gzip, 0);
			test.info().annotations.push({
				type: 'bytes',
				description: `${path}: ${(total / KB).toFixed(1)} KB, JS ${(js / KB).toFixed(1)} KB gzipped`
			});
			expect(js).toBeLessThanOrEqual(BUDGET.js);
			expect(total).toBeLessThanOrEqual(BUDGET.total);
		});
	}
});

test('every link to another site, hydrated popovers included, has rel="noopener noreferrer"', async ({
	page
}) => {
	let checked = 0;
	for (const path of builtPages.filter((p) => p === '/' || p === '/fr/')) {
		await page.goto(relativeUrl(path));
		await ready(page);
		const links = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => ({
				href: a.href,
				rel: a.rel.split(/\s+/)
			}))
		);
		checked += links.length;
		const unsafe = links.filter(
			(l) => !l.rel.includes('noopener') || !l.rel.includes('noreferrer')
		);
		expect(unsafe).toEqual([]);
	}
	// Source links arrive with the story's figures; say so when there are none yet.
	test.info().annotations.push({ type: 'links out checked', description: String(checked) });
});

/**
 * The step a reader sees under the trigger line, computed here from the layout
 * alone: the last step whose top has crossed the line (the lower part of the
 * screen on phones, where the graphic takes the top; the middle on desktop).
 */
async function stepUnderTriggerLine(page: Page): Promise<string> {
	return page.evaluate(() => {
		const height = window.visualViewport?.height ?? innerHeight;
		const sideBySide = innerWidth >= 768 || (innerWidth >= 560 && innerWidth > height);
		const line = height * (sideBySide ? 0.6 : 0.9);
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		let current = steps[0]!;
		for (const step of steps) if (step.getBoundingClientRect().top <= line) current = step;
		return current.dataset.step!;
	});
}

/** Waits for scrolling to stop, then for the graphic to agree with the layout. */
async function expectGraphicFollowsLayout(page: Page, what: string) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = -1;
				let still = 0;
				const check = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 5) resolve();
					else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			})
	);
	const expected = await stepUnderTriggerLine(page);
	await expect(activeStep(page), what).toHaveAttribute('data-active-step', expected, {
		timeout: 2000
	});
	// The layout has not moved under us while we waited.
	expect(await stepUnderTriggerLine(page), what).toBe(expected);
}

/** The address names the active section while the reader is in the steps, and none after them. */
async function expectHashFollowsPosition(page: Page) {
	const pastTheSteps = await page
		.locator('[data-step]')
		.last()
		.evaluate((last) => last.getBoundingClientRect().bottom < 0);
	const active = await activeStep(page).getAttribute('data-active-step');
	await expect.poll(() => new URL(page.url()).hash).toBe(pastTheSteps ? '' : `#${active}`);
}

/** Small seeded generator, so a failing sequence of jumps can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed * 1664525 + 1013904223) % 4294967296;
		return seed / 4294967296;
	};
}

test.describe('the graphic always shows the step under the trigger line', () => {
	test('after a fast fling to the end and back', async ({ page }) => {
		await page.goto('./');
		await ready(page);
		const slugs = await stepSlugs(page);
		const viewport = page.viewportSize()!;
		await page.mouse.move(viewport.width / 2, viewport.height / 2);
		// A fling: many large wheel events with no pause between them.
		for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 3000);
		await expectGraphicFollowsLayout(page, 'after flinging down');
		expect(await activeStep(page).getAttribute('data-active-step')).toBe(slugs.at(-1));
		// Past the last step the reader is in the sections after the story: the graphic keeps
		// the last step, and the address names no section, so a shared link does not jump back.
		await expectHashFollowsPosition(page);
		for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -2500);
		await expectGraphicFollowsLayout(page, 'after flinging part way back');
		await expectHashFollowsPosition(page);
		// The jump to the end in one go (End key, a scrollbar drag).
		await page.evaluate(() =>
			window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
		);
		await expectGraphicFollowsLayout(page, 'after a jump to the end');
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expectGraphicFollowsLayout(page, 'after a jump to the top');
	});

	test('after random jumps between section links, history and scroll positions', async ({
		page
	}) => {
		await page.goto('./');
		await ready(page);
		const slugs = await stepSlugs(page);
		const next = random(20180619);
		const pick = () => slugs[Math.floor(next() * slugs.length)]!;
		const moves: string[] = [];
		for (let i = 0; i < 16; i++) {
			const kind = Math.floor(next() * 4);
			if (kind === 0) {
				const slug = pick();
				moves.push(`hash #${slug}`);
				await page.evaluate((s) => (location.hash = `#${s}`), slug);
			} else if (kind === 1) {
				// A section link inside the page, clicked the way a reader would.
				const slug = pick();
				moves.push(`link #${slug}`);
				await page.evaluate((s) => {
					const a = document.createElement('a');
					a.href = `#${s}`;
					a.textContent = s;
					document.body.append(a);
					a.click();
					a.remove();
				}, slug);
			} else if (kind === 2) {
				const fraction = next();
				moves.push(`scroll to ${fraction.toFixed(2)}`);
				await page.evaluate(
					(f) =>
						window.scrollTo({
							top: f * (document.documentElement.scrollHeight - innerHeight),
							behavior: 'instant'
						}),
					fraction
				);
			} else {
				moves.push('back');
				await page.goBack();
			}
			await expectGraphicFollowsLayout(page, moves.join(' → '));
		}
	});

	test('through resizes, rotations and zoom', async ({ page }) => {
		await page.goto('./#july-6-deal');
		await ready(page);
		const size = page.viewportSize()!;
		const sizes = [
			{ width: size.height, height: size.width }, // rotated
			{ width: Math.round(size.width / 2), height: Math.round(size.height / 2) }, // 200% zoom
			{ width: 320, height: 560 },
			{ width: size.width, height: Math.round(size.height * 0.85) }, // address bar shown
			size
		];
		for (const next of sizes) {
			await page.setViewportSize(next);
			await expectGraphicFollowsLayout(page, `at ${next.width}×${next.height}`);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
				`no sideways scroll at ${next.width}×${next.height}`
			).toBe(true);
		}
		// The reader is still on the section they were reading.
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'july-6-deal');
	});
});
