// Screenshots of every chart step at phone and desktop widths, both editions (for review, not CI).
// Usage: node scripts/chart-shots.mjs <port> <outdir> [slug…]
import { chromium } from '@playwright/test';
const [port = '4502', out = '/tmp/charts-shots', ...only] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const slugs = only.length
	? only
	: [
			'towns-surrender',
			'fleeing-to-the-borders',
			'buses-north',
			'sweida-attacks',
			'hostages-taken',
			'pocket-shrinks',
			'the-timeline',
			'the-cost',
			'hostages-freed'
		];
for (const [w, h] of [
	[375, 740],
	[1280, 800]
]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
	for (const locale of ['', 'fr/']) {
		for (const slug of slugs) {
			await page.goto(`http://localhost:${port}/${locale}#${slug}`);
			await page.waitForFunction(() => document.documentElement.dataset.tracked === 'true');
			// The step cards scroll over the graphic on phones; hide them to see the whole chart.
			await page.addStyleTag({ content: '.steps{visibility:hidden}' });
			await page.waitForTimeout(400);
			const el = page.locator('.graphic-column .stage');
			await el.screenshot({ path: `${out}/${slug}-${locale ? 'fr' : 'en'}-${w}.png` });
		}
	}
	await page.close();
}
await browser.close();
