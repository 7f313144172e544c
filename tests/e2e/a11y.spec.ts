/**
 * Accessible to everyone: axe finds nothing at the top and through the story,
 * every control is reachable by Tab and visibly focused, the graphic's text
 * alternative is announced politely, reduced motion means no motion, and the
 * page reflows at 320 px and at 200 % zoom. Runs in both projects (375 and 1280 px).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, stepSlugs, activeStep, ready } from './fixtures';
import { gatePages, openStory, requireBuilt, relativeUrl, sampleSteps } from './pages';

/** axe reads every node (400 links on the sources page); a loaded two-core box needs time. */
const AXE_TIMEOUT = 180_000;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/**
 * axe scans each kind of page once per width (the project runs at 375 and 1280 px): the
 * story at its top, the story opened at a section mid-story (the French edition, so both
 * editions are covered), the whole-story embed and the list of sources. Every step of a
 * story page is the same markup, so scanning more sections finds nothing new and costs
 * minutes on a two-core box.
 */
const AXE_PAGES = [
	{ name: 'the story at its top', path: '/', section: false },
	{ name: 'the French edition at a section', path: '/fr/', section: true },
	{ name: 'the Arabic edition at a section', path: '/ar/', section: true },
	{ name: 'the whole-story embed', path: '/embed/', section: false }
];

for (const kind of AXE_PAGES) {
	test(`axe finds nothing on ${kind.name} (${kind.path})`, async ({ page }) => {
		test.setTimeout(AXE_TIMEOUT);
		await openStory(page, kind.path);
		if (kind.section) {
			const slugs = await stepSlugs(page);
			// A page without its steps must fail here, not skip.
			expect(slugs.length).toBeGreaterThan(0);
			await openStory(page, kind.path, slugs[Math.floor(slugs.length / 2)]);
		}
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('axe finds nothing on the list of sources', async ({ page }) => {
	test.setTimeout(AXE_TIMEOUT);
	await page.goto(relativeUrl('/sources/'));
	expect(await axeViolations(page)).toEqual([]);
});

/** What the browser draws around the focused element: an outline of at least 2 px. */
async function focusState(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		// A section's ring is drawn on its card, its first child.
		const ringed = [el, el.firstElementChild].filter((e): e is Element => !!e);
		const hasRing = ringed.some((e) => {
			const style = getComputedStyle(e);
			return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		});
		const rect = el.getBoundingClientRect();
		const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		return {
			label:
				`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` +
				(el.closest('[data-step]') ? ` in #${el.closest('[data-step]')!.id}` : ''),
			// By id where there is one: a control's markup may change as it comes alive.
			key:
				(el.id ? `#${el.id}` : el.outerHTML.slice(0, 200)) + (el.closest('[data-step]')?.id ?? ''),
			ring: hasRing,
			inView: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
			// Not hidden under a card or the sticky graphic (WCAG 2.4.11, focus not obscured).
			uncovered: !!top && (el === top || el.contains(top) || top.contains(el))
		};
	});
}

test.describe('keyboard', () => {
	for (const gate of gatePages) {
		test(`Tab reaches every control on ${gate.path}, each visibly focused and not covered`, async ({
			page
		}) => {
			requireBuilt(gate);
			await openStory(page, gate.path);
			// Everything a reader can operate, as the page shows it now (popovers closed).
			const controls = await page.evaluate(() =>
				[
					...document.querySelectorAll<HTMLElement>(
						'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
					)
				]
					.filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.tabIndex >= 0)
					.map(
						(el) =>
							(el.id ? `#${el.id}` : el.outerHTML.slice(0, 200)) +
							(el.closest('[data-step]')?.id ?? '')
					)
			);
			expect(controls.length).toBeGreaterThan(0);
			const reached = new Set<string>();
			const problems: string[] = [];
			for (let i = 0; i < controls.length + 10 && reached.size < controls.length; i++) {
				await page.keyboard.press('Tab');
				// Focus into a step scrolls it into place; let the tracker settle.
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				);
				const state = await focusState(page);
				if (!state) continue;
				reached.add(state.key);
				if (!state.ring) problems.push(`no visible focus ring: ${state.label}`);
				if (!state.inView) problems.push(`focused off screen: ${state.label}`);
				else if (!state.uncovered) problems.push(`focused but covered: ${state.label}`);
			}
			expect(problems).toEqual([]);
			expect(controls.filter((c) => !reached.has(c))).toEqual([]);
		});
	}

	test('the language switch, share, previous and next are all in the tab order', async ({
		page
	}) => {
		await openStory(page, '/', 'offensive-begins');
		const named = [
			page.getByRole('link', { name: /français/i }),
			page.getByRole('link', { name: /previous/i }),
			page.getByRole('link', { name: /next/i }),
			page.locator('#offensive-begins').getByRole('button', { name: /share/i })
		];
		for (const control of named) {
			await expect(control).toBeVisible();
			expect(await control.evaluate((el) => (el as HTMLElement).tabIndex)).toBe(0);
		}
		// The share menu opens from the keyboard and its link field can be reached by Tab.
		await named[3]!.focus();
		await page.keyboard.press('Enter');
		const menu = page.locator('#share-menu');
		await expect(menu).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(menu.locator('input')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
	});
});

test.describe('screen readers', () => {
	test('the active step’s text alternative is announced politely, not the whole step', async ({
		page
	}) => {
		await openStory(page, '/');
		const live = page.locator('[aria-live="polite"]');
		await expect(live).toHaveCount(1);
		// Nothing is announced on arrival at the top of the page.
		await expect(live).toHaveText('');
		const slugs = await stepSlugs(page);
		for (const slug of sampleSteps(slugs)) {
			await page.evaluate((s) => (location.hash = `#${s}`), slug);
			await expect(activeStep(page)).toHaveAttribute('data-active-step', slug);
			const alt = await page.locator(`#${slug} .alt`).textContent();
			const said = (await live.textContent())!.trim();
			expect(said.length).toBeGreaterThan(20);
			expect(alt, `the live region says the alt of #${slug}`).toContain(said);
			const title = await page.locator(`#${slug} h2`).textContent();
			expect(said).not.toContain(title!.trim());
		}
	});

	test('the map drawing is hidden from assistive technology and any other SVG is labelled', async ({
		page
	}) => {
		await openStory(page, '/', 'offensive-begins');
		// The map's drawing; its key and credit fold behind toggles a keyboard reaches.
		await expect(page.locator('.graphic .map .canvas')).toHaveAttribute('aria-hidden', 'true');
		const exposed = await page.evaluate(() =>
			[...document.querySelectorAll('svg')]
				.filter((svg) => !svg.closest('[aria-hidden="true"]'))
				// Labelled: role img with a name of its own or from the elements it names.
				.filter(
					(svg) =>
						!(
							svg.getAttribute('role') === 'img' &&
							(svg.getAttribute('aria-label') ||
								(svg.getAttribute('aria-labelledby') ?? '')
									.split(/\s+/)
									.some((id) => document.getElementById(id)?.textContent?.trim()))
						)
				)
				.map((svg) => svg.outerHTML.slice(0, 80))
		);
		expect(exposed).toEqual([]);
	});

	test('each step’s text alternative follows its prose in reading order', async ({ page }) => {
		await openStory(page, '/');
		const order = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => {
				const alt = step.querySelector('.alt');
				// Prose paragraphs: not the alt itself, not the share menu's status line.
				const paragraphs = [...step.querySelectorAll('p')].filter(
					(p) => p !== alt && !p.closest('[popover]')
				);
				return (
					!!alt &&
					paragraphs.every((p) => p.compareDocumentPosition(alt) & Node.DOCUMENT_POSITION_FOLLOWING)
				);
			})
		);
		expect(order.length).toBeGreaterThan(0);
		expect(order.every(Boolean)).toBe(true);
	});
});

/** Positions the page passes through after pressing Next: one for an instant jump. */
async function scrollPathAfterNext(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { positions: number[] };
		w.positions = [];
		addEventListener('scroll', () => w.positions.push(Math.round(scrollY)), { passive: true });
	});
	await page.getByRole('link', { name: /next/i }).click();
	await page.waitForTimeout(800);
	return page.evaluate(
		() => new Set((window as unknown as { positions: number[] }).positions).size
	);
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('Next jumps instead of scrolling smoothly, and the graphic does not animate', async ({
		page
	}) => {
		await openStory(page, '/', 'offensive-begins');
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).not.toBe('smooth');
		expect(await scrollPathAfterNext(page)).toBeLessThanOrEqual(1);
		await expect(activeStep(page)).toHaveAttribute('data-active-step', 'russian-air-power');
		// CSS transitions, CSS animations and Web Animations all show up here.
		const running = await page.evaluate(() =>
			document
				.getAnimations()
				.map((a) => (a.effect as KeyframeEffect | null)?.target?.nodeName ?? 'animation')
		);
		expect(running).toEqual([]);
	});

	test('a step change draws the new state at once, with no script-driven tween', async ({
		page
	}) => {
		await openStory(page, '/', 'offensive-begins');
		const slugs = await stepSlugs(page);
		const graphic = activeStep(page);
		// Scrolling by hand to the neighbouring step is the case that animates for other readers.
		for (const next of slugs.slice(slugs.indexOf('offensive-begins') + 1).slice(0, 3)) {
			await page.locator(`#${next}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(graphic).toHaveAttribute('data-active-step', next);
			// A map step's parts may come in a few tasks (no long task); a tween would go on after.
			await expect(graphic.locator('[aria-busy="true"]')).toHaveCount(0);
			// What is on screen: charts of the next steps, drawn hidden while idle, are not.
			const shown = () =>
				graphic.evaluate((el) => {
					const copy = el.cloneNode(true) as Element;
					copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
					return copy.innerHTML;
				});
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const settled = await shown();
			await page.waitForTimeout(600);
			expect(await shown(), `graphic kept changing after #${next}`).toBe(settled);
		}
	});
});

test.describe('without reduced motion (proves the checks above can see motion)', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('Next scrolls smoothly through several positions', async ({ page }) => {
		await openStory(page, '/', 'offensive-begins');
		expect(await scrollPathAfterNext(page)).toBeGreaterThan(2);
	});
});

/** Horizontal overflow and unreadable text at a given viewport. */
async function reflowProblems(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > innerWidth) {
			problems.push(`page scrolls sideways: ${root.scrollWidth} > ${innerWidth}`);
		}
		for (const el of document.querySelectorAll<HTMLElement>('h1, h2, p, li, a, button, label')) {
			if (!el.checkVisibility() || el.closest('.visually-hidden, [aria-hidden="true"]')) continue;
			const rect = el.getBoundingClientRect();
			if (rect.width === 0) continue;
			const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
			if (rect.left < -1 || rect.right > innerWidth + 1) problems.push(`off screen: ${name}`);
			if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
				problems.push(`clipped: ${name}`);
			}
			// The graphic's own words (its key, credit and labels) keep the graphic's 11 px floor
			// (docs/phone-layout.md; reading.spec checks every label); the page's text keeps 12 px.
			const floor = el.closest('.stage') ? 11 : 12;
			if (parseFloat(getComputedStyle(el).fontSize) < floor) problems.push(`tiny text: ${name}`);
		}
		return [...new Set(problems)];
	});
}

for (const viewport of [
	{ name: '320 px wide', width: 320, height: 640 },
	{ name: '200% zoom of a 1280×800 screen', width: 640, height: 400 }
]) {
	test.describe(`reflow at ${viewport.name}`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		for (const gate of gatePages) {
			test(`${gate.path} needs no sideways scrolling and its text stays readable`, async ({
				page
			}) => {
				requireBuilt(gate);
				await openStory(page, gate.path);
				expect(await reflowProblems(page), 'at the top').toEqual([]);
				for (const slug of sampleSteps(await stepSlugs(page))) {
					await openStory(page, gate.path, slug);
					expect(await reflowProblems(page), `at #${slug}`).toEqual([]);
				}
				// Story prose stays at a reading size.
				const size = await page
					.locator('[data-step] p')
					.first()
					.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
				expect(size).toBeGreaterThanOrEqual(16);
			});
		}
	});
}

test('the share menu fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(relativeUrl('/', '#offensive-begins'));
	await ready(page);
	await page.locator('#offensive-begins').getByRole('button', { name: /share/i }).click();
	const menu = page.locator('#share-menu');
	await expect(menu).toBeVisible();
	const box = (await menu.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(320);
});
