import { chromium } from '@playwright/test';
const [,, base, out, ...slugs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 375 ? 740 : 800 } });
  for (const slug of slugs) {
    await page.goto(`${base}#${slug}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}/${slug || 'top'}-${width}.png` });
  }
  await page.close();
}
await browser.close();
