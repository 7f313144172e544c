import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4313/');
await page.emulateMedia({ media: 'print' });
console.log(await page.evaluate(() => {
  const s = document.querySelector('#daraa-2011');
  const out = [];
  for (let el = s; el && el !== document.body; el = el.parentElement) {
    const cs = getComputedStyle(el);
    out.push(`${el.tagName}.${el.className} h=${el.getBoundingClientRect().height|0} display=${cs.display} pos=${cs.position} minh=${cs.minHeight} pb=${cs.paddingBottom} bb=${cs.breakBefore} ba=${cs.breakAfter} cv=${cs.contentVisibility}`);
  }
  const c = s.querySelector('.card'); out.push('card h=' + c.getBoundingClientRect().height);
  return out.join('\n');
}));
await browser.close();
