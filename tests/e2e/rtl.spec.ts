import { expect, test } from '@playwright/test';
import { openStory, relativeUrl } from './pages';

/**
 * The Arabic edition reads right to left (issue 22): on a wide screen its text column is
 * on the right and the graphic on the left, the mirror of the English page; its pages load
 * the Arabic typeface and the English page loads no font at all.
 */
test.describe('right to left', () => {
	test('on a wide screen the graphic is left of the text in /ar/ and right of it in /', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'desktop', 'the columns sit side by side on wide screens only');
		const sides = async (path: string) => {
			await openStory(page, path, 'offensive-begins');
			const graphic = await page.locator('[data-stage]').boundingBox();
			const card = await page.locator('#offensive-begins').boundingBox();
			expect(graphic, `${path}: the graphic`).not.toBeNull();
			expect(card, `${path}: the step`).not.toBeNull();
			return { graphic: graphic!, card: card! };
		};
		const ar = await sides('/ar/');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(ar.graphic.x + ar.graphic.width).toBeLessThanOrEqual(ar.card.x + 1);
		const en = await sides('/');
		expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
		expect(en.card.x + en.card.width).toBeLessThanOrEqual(en.graphic.x + 1);
	});

	test('Arabic pages load the Arabic typeface, the English page none', async ({ page }) => {
		const fonts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
		});
		await openStory(page, '/');
		await page.evaluate(() => document.fonts.ready);
		expect(fonts).toEqual([]);
		await openStory(page, '/ar/');
		await page.evaluate(() => document.fonts.ready);
		expect(fonts.some((f) => f.endsWith('/fonts/noto-naskh-arabic-400.woff2'))).toBe(true);
		const used = await page.evaluate(() =>
			document.fonts.check('16px "Noto Naskh Arabic"', 'درعا')
		);
		expect(used).toBe(true);
		// The spaces, figures and guillemets inside Arabic lines are Naskh's own: a glyph the
		// file lacks comes from whichever fallback follows it, so its width differs between
		// the two stacks. (A missing space once made the browser switch fonts at every word.)
		// The served file is loaded under a name of its own: `font-display: optional` may
		// leave the page's face unused on a slow load, which is not what this checks.
		const file = fonts.find((f) => f.endsWith('/fonts/noto-naskh-arabic-400.woff2'))!;
		const fromFallback = await page.evaluate(async (url) => {
			const face = new FontFace('Naskh probe', await (await fetch(url)).arrayBuffer());
			document.fonts.add(await face.load());
			const ctx = document.createElement('canvas').getContext('2d')!;
			const width = (text: string, fallback: string) => {
				ctx.font = `40px "Naskh probe", ${fallback}`;
				return ctx.measureText(text).width;
			};
			return [' ', '19', '«', 'AFP'].filter((t) => width(t, 'monospace') !== width(t, 'serif'));
		}, file);
		expect(fromFallback).toEqual([]);
	});

	test('the live region reads the step in Arabic', async ({ page }) => {
		await openStory(page, '/ar/', 'nasib-crossing');
		const live = page.locator('[data-live]');
		// The step's alt, then the map's state in words, both in Arabic.
		await expect(live).toContainText('استسلم معبر نصيب بموجب الاتفاق');
		await expect(live).toContainText(
			'تُظهر الخريطة الحدود الأردنية حول معبر نصيب في 8 تموز/\u2060يوليو 2018.'
		);
	});

	test('a share page and the embed of a section are in Arabic', async ({ page }) => {
		await page.goto(relativeUrl('/ar/s/nasib-crossing/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		await expect(page.locator('body')).toContainText('العلم فوق نصيب');
		await page.goto(relativeUrl('/ar/embed/nasib-crossing/'));
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await expect(page.locator('body')).toContainText('العلم فوق نصيب');
	});
});
