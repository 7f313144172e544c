import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const [path, out] of [['/', '/tmp/h24-en.pdf'], ['/fr/', '/tmp/h24-fr.pdf']]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const loaded = [];
  page.on('response', (r) => { if (r.url().includes('/cards/')) loaded.push(r.url()); });
  await page.goto('http://localhost:4313' + path, { waitUntil: 'load' });
  console.log(path, 'card requests on screen:', loaded.length);
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(1500);
  console.log(path, 'card requests after print media:', loaded.length);
  await page.pdf({ path: out, format: 'A4' });
  console.log(path, 'card requests after pdf:', loaded.length);
  await page.close();
}
await browser.close();
