import { chromium } from '@playwright/test';
const [,, url, out, w='700', h='260'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url, { waitUntil: 'networkidle' }); await p.waitForTimeout(500);
await p.screenshot({ path: out }); await b.close();
