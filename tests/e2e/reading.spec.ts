import type { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';

/**
 * Reading the whole story on a phone, upright (320x568, 375x740) and on its side
 * (740x375), as a reader does: scrolling with the wheel from the introduction to the
 * end. At every stop, the graphic region is not covered by a card, the card whose
 * text is being read is the active step's, and (once per step) no text in the graphic
 * is smaller than 11 CSS px. Each step is photographed once, attached to the report
 * (docs/phone-layout.md says what they showed). Before that, in both editions, the
 * first screen holds the headline and the cue that a graphic follows. This spec runs in
 * its own project (`reading`, playwright.config.ts), in about a minute.
 */

const SIZES = [
	{ width: 320, height: 568 },
	{ width: 375, height: 740 },
	{ width: 740, height: 375 }
] as const;

/** The least size any text in the graphic may be set at, in CSS px on screen. */
const MIN_TEXT_PX = 11;

interface Stop {
	/** The active step (what the graphic draws). */
	active: string;
	/** The step whose card text is in the reading band; null when none is. */
	reading: string | null;
	/** Cards painted over the graphic region (sampled points). */
	covering: string[];
	/** Past the last step. */
	done: boolean;
}

/**
 * Where the reader is. The reading band is the part of the screen where a card's text
 * is read while its step is shown: below the graphic and above the trigger line when
 * the graphic sits on top, the text column's trigger line side by side.
 */
async function stop(page: Page): Promise<Stop> {
	return page.evaluate(() => {
		const column = document.querySelector('.graphic-column')!.getBoundingClientRect();
		const stage = document.querySelector('[data-stage]')!.getBoundingClientRect();
		const cards = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		const height = window.visualViewport?.height ?? innerHeight;
		const stacked = column.width >= innerWidth - 1;
		// Stacked: from the graphic's foot to the trigger line. Side by side: the trigger line.
		const line = height * (stacked ? 0.9 : 0.6);
		const bandTop = stacked ? column.bottom : line;
		const inBand = cards.filter((c) => {
			const r = c.querySelector('.card')!.getBoundingClientRect();
			return stacked ? r.bottom > bandTop && r.top < line : r.top <= line && r.bottom > line;
		});
		// What is painted at points over the graphic region: never a card.
		const covering = new Set<string>();
		const top = Math.max(stage.top, 0);
		const bottom = Math.min(stage.bottom, height);
		for (let x = stage.left + 4; x < stage.right - 4; x += (stage.width - 8) / 6) {
			for (let y = top + 4; y < bottom - 4; y += (bottom - top - 8) / 6) {
				const hit = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-step]');
				if (hit) covering.add(hit.dataset.step!);
			}
		}
		return {
			active: document.querySelector('[data-active-step]')!.getAttribute('data-active-step')!,
			reading: inBand.length === 1 ? inBand[0]!.dataset.step! : inBand.length ? 'several' : null,
			covering: [...covering],
			done: cards.at(-1)!.getBoundingClientRect().bottom < bandTop
		};
	});
}

/** Text in the graphic set smaller than 11 px on screen: font size times its layer's scale. */
async function smallText(page: Page): Promise<string[]> {
	return page.locator('.graphic-column').evaluate((column, min) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const el = node.parentElement;
			if (!text || !el || el.closest('.visually-hidden, title, desc')) continue;
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			let scale: number;
			if (el instanceof SVGGraphicsElement) {
				const m = el.getScreenCTM();
				scale = m ? Math.hypot(m.a, m.b) : 1;
			} else {
				const html = el as HTMLElement;
				scale = html.offsetHeight > 0 ? box.height / html.offsetHeight : 1;
			}
			if (size * scale < min - 0.05)
				found.push(`${text.slice(0, 30)}: ${(size * scale).toFixed(1)} px`);
		}
		return found;
	}, MIN_TEXT_PX);
}

for (const size of SIZES) {
	test.describe(`${size.width}x${size.height}`, () => {
		test.use({ viewport: size });

		test('the first screen shows the headline and a sign of the graphic to come', async ({
			page
		}) => {
			// The graphic starts below the first screen on a phone, upright or on its side.
			for (const edition of ['./', './fr/']) {
				await page.goto(edition);
				const headline = (await page.locator('h1').boundingBox())!;
				expect(headline.y).toBeGreaterThanOrEqual(0);
				expect(headline.y + headline.height).toBeLessThanOrEqual(size.height);
				const cue = page.locator('.masthead .cue');
				await expect(cue).toBeVisible();
				const box = (await cue.boundingBox())!;
				expect(box.y + box.height, edition).toBeLessThanOrEqual(size.height);
				expect(await cue.getAttribute('href')).toBe(
					await page
						.locator('[data-step]')
						.first()
						.evaluate((s) => `#${(s as HTMLElement).dataset.step}`)
				);
			}
		});

		test('every step is read beside its graphic, uncovered, with text of 11 px or more', async ({
			page
		}, info) => {
			test.setTimeout(120_000);
			await page.goto('./');
			await ready(page);
			await page.mouse.move(size.width / 2, size.height - 20);
			const seen: string[] = [];
			const problems: string[] = [];
			const slugs = await page
				.locator('[data-step]')
				.evaluateAll((n) => n.map((e) => (e as HTMLElement).dataset.step!));
			for (let i = 0; i < 600; i++) {
				await page.mouse.wheel(0, Math.round(size.height / 3));
				// The tracker measures once a frame; the graphic draws in the task after it.
				await page.evaluate(
					() =>
						new Promise((r) =>
							requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))
						)
				);
				let at = await stop(page);
				if (at.done) break;
				if (at.reading && at.reading !== 'several' && at.reading !== at.active) {
					// The graphic follows the frame that found the step: give it a moment.
					await expect.poll(async () => (at = await stop(page)).active).toBe(at.reading);
				}
				if (at.reading === 'several')
					problems.push(`two cards in the reading band at ${at.active}`);
				if (at.covering.length) problems.push(`${at.covering} covers the graphic of ${at.active}`);
				if (at.reading && !seen.includes(at.reading)) {
					seen.push(at.reading);
					await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
					for (const small of await smallText(page)) problems.push(`${at.reading}: ${small}`);
					await info.attach(`${at.reading}-${size.width}x${size.height}`, {
						body: await page.screenshot(),
						contentType: 'image/png'
					});
				}
			}
			expect(problems).toEqual([]);
			// Every step's text passed through the reading band, in order.
			expect(seen).toEqual(slugs);
		});
	});
}
