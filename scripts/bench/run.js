/**
 * npm run bench: the reader's real paths through the built story, measured in one run
 * beside a real published scrollytelling story (the peer), so the figures read as ratios
 * on whatever machine runs this. Not part of npm test: timings move with the machine.
 *
 *  1. Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4x CPU) on a section link
 *     mid-story (how shared links arrive), the top of the story, the French edition and
 *     the peer, interleaved run by run so a burst of load hits them alike.
 *  2. The first click: at 1280x800 with the CPU slowed 4x, "Next" is clicked as soon as
 *     the page has loaded, before any other input; the time until step 1 is the active
 *     step, and the Event Timing duration of that click.
 *  3. Scrolling the whole story at 375x740 with the CPU slowed 4x: long tasks and frames.
 *  4. An embed of the whole story 3,000 px below the fold of a host page on another
 *     origin, at 375x740: the time until the iframe reaches its full height, with no
 *     scroll.
 *
 * The peer is the Pudding's "Is the Love Song Dying?" (github.com/the-pudding/pop-love-songs,
 * a SvelteKit story that publishes its build in docs/). It is not part of this project: give
 * a clone of it in BENCH_PEER (a work tree or a bare git directory); the bench serves its
 * committed docs/ folder. Usage: npm run bench [-- --runs 5]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SITE_PORT = Number(process.env.BENCH_PORT ?? 4505);
const PEER_PORT = SITE_PORT + 1;
const HOST_PORT = SITE_PORT + 2;
const PEER_SOURCE = process.env.BENCH_PEER ?? '/work/.mirror/the-pudding+pop-love-songs/repo';
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? 3));
const CPU_SLOWDOWN = 4;
/** A section a shared link opens at, in the middle of the story. */
const SECTION = 'yarmouk-pocket';
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--no-first-run'
];

/** Issue 19's targets, checked against the medians. */
const TARGETS = {
	performance: { min: 95, text: '≥ 95' },
	cls: { max: 0.01, text: '≤ 0.01' },
	tbt: { max: 200, text: '≤ 200 ms' },
	lcp: { max: 2500, text: '≤ 2.5 s' },
	clickToStep: { max: 1000, text: '≤ 1 s' },
	longestTask: { max: 100, text: '≤ 100 ms' },
	tasksOver100: { max: 0, text: '0' },
	embedFullHeight: { max: 5000, text: '≤ 5 s' }
};

function median(values) {
	const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function serve(dir, port) {
	const child = spawn(process.execPath, ['scripts/serve.js', dir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout.once('data', () => resolve(child));
		child.once('exit', (code) => reject(new Error(`server for ${dir} exited (${code})`)));
	});
}

/** The peer's published build (its committed docs/ folder), extracted to a temporary folder. */
function peerSite() {
	if (!existsSync(PEER_SOURCE)) {
		console.error(
			`No peer at ${PEER_SOURCE}. Clone github.com/the-pudding/pop-love-songs and set ` +
				'BENCH_PEER to the clone: the bench compares the story with that published story.'
		);
		process.exit(1);
	}
	const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
	const bare = !existsSync(join(PEER_SOURCE, '.git')) && existsSync(join(PEER_SOURCE, 'HEAD'));
	const git = bare ? ['--git-dir', PEER_SOURCE] : ['-C', PEER_SOURCE];
	const tar = execFileSync('git', [...git, 'archive', 'HEAD', 'docs'], {
		maxBuffer: 1 << 30
	});
	execFileSync('tar', ['-x', '-C', dir], { input: tar });
	return join(dir, 'docs');
}

/** A host page on another origin with the whole-story embed 3,000 px below its fold. */
function hostSite(embedOrigin) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-host-'));
	const filler = Array.from(
		{ length: 30 },
		(_, i) => `<p style="height:100px;margin:0">Host paragraph ${i + 1}.</p>`
	).join('\n');
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>
<body style="margin:0 12px">${filler}
<div id="story"></div>
<p>After the embed.</p>
<script src="${embedOrigin}/embed/pym.v1.min.js"></script>
<script>new pym.Parent('story', '${embedOrigin}/embed/', {});</script>
</body></html>`
	);
	return dir;
}

async function lighthouseRun(url) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		const lhr = result.lhr;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		const scripts = lhr.audits['network-requests']?.details?.items ?? [];
		return {
			performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
			lcp: lhr.audits['largest-contentful-paint'].numericValue,
			fcp: lhr.audits['first-contentful-paint'].numericValue,
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
			tbt: lhr.audits['total-blocking-time'].numericValue,
			si: lhr.audits['speed-index'].numericValue,
			jsKB:
				scripts
					.filter((r) => r.resourceType === 'Script')
					.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
			benchmarkIndex: lhr.environment.benchmarkIndex
		};
	} finally {
		await chrome.kill();
	}
}

/** Collects long tasks and frame intervals from the first moment the page runs. */
const OBSERVE = () => {
	const w = window;
	w.__bench = { longTasks: [], frames: [], events: [], scrolling: false };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (w.__bench.scrolling) w.__bench.longTasks.push(entry.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) w.__bench.events.push([entry.name, entry.duration]);
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	let last = 0;
	const frame = (t) => {
		if (w.__bench.scrolling && last) w.__bench.frames.push(t - last);
		last = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
};

/**
 * Resolves in the page's own world once the story tracks its steps: Playwright's
 * waitForFunction would inject its helper script, a long task of its own at 4x.
 */
const untilTracked = () =>
	new Promise((done) => {
		const check = () =>
			document.documentElement.dataset.tracked === 'true' ||
			document.documentElement.dataset.hydrated === 'true'
				? done()
				: setTimeout(check, 20);
		check();
	});

/** The first click, before any other input: "Next" on the first screen at 1280x800. */
async function firstClickRun(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(OBSERVE);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.goto(url, { waitUntil: 'load' });
	const name = /next|suivant/i;
	const next = page.getByRole('link', { name }).or(page.getByRole('button', { name })).first();
	const box = await next.boundingBox();
	if (!box) throw new Error('No "Next" on the first screen');
	const clickedAt = await page.evaluate(() => performance.now());
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	const stepAt = await page.evaluate(
		() =>
			new Promise((done) => {
				const giveUp = performance.now() + 10_000;
				const check = () => {
					const active = document.querySelector('[data-active-step]');
					const slugs = [...document.querySelectorAll('[data-step]')].map((n) => n.dataset.step);
					if (active && active.dataset.activeStep === slugs[0]) done(performance.now());
					else if (performance.now() > giveUp) done(NaN);
					else setTimeout(check, 10);
				};
				check();
			})
	);
	const events = await page.evaluate(() => window.__bench.events);
	await context.close();
	const clicks = events.filter(([name]) =>
		/pointerdown|pointerup|click|mousedown|mouseup/.test(name)
	);
	return {
		clickToStep: stepAt - clickedAt,
		clickMoved: Number.isFinite(stepAt) ? 1 : 0,
		clickEvent: clicks.length ? Math.max(...clicks.map(([, d]) => d)) : 0
	};
}

const SCROLL_KEYS = [
	'longestTask',
	'longTasks',
	'tasksOver100',
	'blocking',
	'frameP95',
	'slowFrames',
	'seconds'
];

/** Scrolls a page from its top to its end with the CPU slowed. */
async function scrollRun(browser, url, tracked) {
	const context = await browser.newContext({
		viewport: { width: 375, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.addInitScript(OBSERVE);
	await page.goto(url, { waitUntil: 'networkidle' });
	if (tracked) await page.evaluate(untilTracked);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await sleep(1000);
	await page.evaluate(() => (window.__bench.scrolling = true));
	const started = Date.now();
	// A reader flicking through: 200 px every 50 ms until the end of the page.
	for (let i = 0; i < 2000; i++) {
		await page.mouse.wheel(0, 200);
		await sleep(50);
		const atEnd = await page.evaluate(
			() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
		);
		if (atEnd) break;
	}
	await sleep(500);
	const seconds = (Date.now() - started) / 1000;
	const { longTasks, frames } = await page.evaluate(() => window.__bench);
	const scrolled = await page.evaluate(() => scrollY > 0);
	await context.close();
	// A page that scrolls inside an element of its own, not the window, was not measured.
	if (!scrolled) return Object.fromEntries(SCROLL_KEYS.map((key) => [key, NaN]));
	const sortedFrames = [...frames].sort((a, b) => a - b);
	return {
		longestTask: longTasks.length ? Math.max(...longTasks) : 0,
		longTasks: longTasks.length,
		tasksOver100: longTasks.filter((d) => d > 100).length,
		blocking: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
		frameP95: sortedFrames[Math.floor(sortedFrames.length * 0.95)] ?? NaN,
		slowFrames: frames.length ? frames.filter((f) => f > 50).length / frames.length : NaN,
		seconds
	};
}

/** The whole-story embed below the host's fold: time until its iframe stops growing. */
async function embedRun(browser, hostUrl) {
	const context = await browser.newContext({
		viewport: { width: 375, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const started = Date.now();
	await page.goto(hostUrl, { waitUntil: 'load' });
	// Full height: taller than a screen and unchanged for a second, polled without scrolling.
	let last = 0;
	let stableSince = 0;
	let reachedAt = NaN;
	while (Date.now() - started < 15_000) {
		const height = await page.evaluate(
			() => document.querySelector('#story iframe')?.getBoundingClientRect().height ?? 0
		);
		const now = Date.now();
		if (height !== last) {
			last = height;
			stableSince = now;
		} else if (height > 740 && now - stableSince >= 1000) {
			reachedAt = stableSince - started;
			break;
		}
		await sleep(50);
	}
	const scrolled = await page.evaluate(() => scrollY);
	await context.close();
	return { embedFullHeight: reachedAt, embedHeight: last, embedScrolled: scrolled };
}

function medians(runs) {
	const out = {};
	for (const key of Object.keys(runs[0])) out[key] = median(runs.map((r) => r[key]));
	return out;
}

/** The 1, 5 and 15 minute load averages ('' where /proc is missing). */
function loadAverage() {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	} catch {
		return '';
	}
}

function machine() {
	const version = (pkg) =>
		JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version;
	let chromiumVersion = 'unknown';
	try {
		chromiumVersion = execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		// Reported as unknown.
	}
	return {
		date: new Date().toISOString(),
		cpu: cpus()[0]?.model?.trim() ?? 'unknown',
		nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
		memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
		load: loadAverage(),
		node: process.version,
		chromium: chromiumVersion,
		lighthouse: version('lighthouse'),
		playwright: version('playwright-core'),
		scrollama: version('scrollama'),
		svelte: version('svelte'),
		kit: version('@sveltejs/kit')
	};
}

const fmt = {
	ms: (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a'),
	s: (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'n/a'),
	cls: (v) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a'),
	n: (v) => (Number.isFinite(v) ? String(Math.round(v * 10) / 10) : 'n/a'),
	kb: (v) => (Number.isFinite(v) ? `${Math.round(v)} KB` : 'n/a'),
	px: (v) => (Number.isFinite(v) ? `${Math.round(v)} px` : 'n/a'),
	pct: (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : 'n/a'),
	ratio: (a, b) =>
		Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–'
};

function verdict(key, value) {
	const target = TARGETS[key];
	if (!target || !Number.isFinite(value)) return '';
	const ok = target.min !== undefined ? value >= target.min : value <= target.max;
	return ok ? 'meets' : '**misses**';
}

/** "median (lowest – highest)" for one measure over the runs of one page. */
function cell(runs, key, f) {
	const values = runs.map((r) => r[key]).filter(Number.isFinite);
	if (!values.length) return 'n/a';
	const [lo, hi] = [Math.min(...values), Math.max(...values)];
	const m = f(median(values));
	return f(lo) === f(hi) ? m : `${m} (${f(lo)} – ${f(hi)})`;
}

/** A table with one column per page; the last page is the peer, and ratios are to it. */
function table(rows, pages) {
	const names = Object.keys(pages);
	const peer = names.at(-1);
	const head = `| measure | ${names.join(' | ')} | ${names
		.slice(0, -1)
		.map((n) => `${n} ÷ peer`)
		.join(' | ')} | target |`;
	const rule = `|---|${names.map(() => '---|').join('')}${names
		.slice(1)
		.map(() => '---|')
		.join('')}---|`;
	const lines = rows.map(([label, key, f]) => {
		const m = Object.fromEntries(names.map((n) => [n, medians(pages[n])[key]]));
		const ratios = names.slice(0, -1).map((n) => fmt.ratio(m[n], m[peer]));
		const target = TARGETS[key]
			? `${TARGETS[key].text} ${names
					.slice(0, -1)
					.map((n) => verdict(key, m[n]))
					.join(' / ')}`
			: '';
		return `| ${label} | ${names.map((n) => cell(pages[n], key, f)).join(' | ')} | ${ratios.join(' | ')} | ${target} |`;
	});
	return [head, rule, ...lines].join('\n');
}

function report(env, lh, click, scroll, embed) {
	const lhRows = [
		['Performance score', 'performance', fmt.n],
		['Cumulative Layout Shift', 'cls', fmt.cls],
		['Total Blocking Time', 'tbt', fmt.ms],
		['Largest Contentful Paint', 'lcp', fmt.s],
		['First Contentful Paint', 'fcp', fmt.s],
		['Speed Index', 'si', fmt.s],
		['JavaScript transferred', 'jsKB', fmt.kb]
	];
	const scrollRows = [
		['Longest task while scrolling', 'longestTask', fmt.ms],
		['Long tasks (> 50 ms)', 'longTasks', fmt.n],
		['Long tasks over 100 ms', 'tasksOver100', fmt.n],
		['Blocking time while scrolling (Σ task − 50 ms)', 'blocking', fmt.ms],
		['Frame interval, 95th percentile', 'frameP95', fmt.ms],
		['Frames slower than 50 ms', 'slowFrames', fmt.pct],
		['Time to scroll to the end', 'seconds', (v) => `${v.toFixed(1)} s`]
	];
	const row = (label, runs, key, f) =>
		`| ${label} | ${cell(runs, key, f)} | ${TARGETS[key]?.text ?? ''} ${verdict(key, medians(runs)[key])} |`;
	return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.js): medians of ${RUNS} runs, with the lowest
and highest run in brackets, on the machine below. The peer is a real published
scrollytelling story, the Pudding's "Is the Love Song Dying?" (its committed build, served
from this machine like the story), measured in the same run so the figures read as ratios.
Timings move with the machine and its load, so they are not part of \`npm test\`; the byte
budgets, which do not move, are (tests/build/budget.test.ts).

## A section link, the top of the story, the French and Arabic editions, the peer

Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU slowdown), on pages whose
script runs as soon as it arrives. A shared link lands on a section: \`/#${SECTION}\`.

${table(lhRows, {
	[`\`/#${SECTION}\``]: lh.section,
	'`/`': lh.top,
	'`/fr/`': lh.fr,
	[`\`/ar/#${SECTION}\``]: lh.ar,
	peer: lh.peer
})}

## The first click, before any other input

1280×800, CPU slowed ${CPU_SLOWDOWN}×: "Next" is clicked as soon as the page has loaded; the
time until the story's first step is the active one.

| measure | story \`/\` | target |
|---|---|---|
${row('Click to the first step active', click, 'clickToStep', fmt.ms)}
| Runs where the click moved the story within 10 s | ${click.filter((r) => r.clickMoved).length} of ${click.length} | all |
${row('Longest event handling of the click (Event Timing)', click, 'clickEvent', fmt.ms)}

## Scrolling the whole story

375×740, 2× pixels, CPU slowed ${CPU_SLOWDOWN}×: once the page has loaded (and the story tracks its
steps), Chromium scrolls 200 px every 50 ms from the top to the end of the page. A
PerformanceObserver collects long tasks, requestAnimationFrame the frame intervals.

${table(scrollRows, { 'story `/`': scroll.story, peer: scroll.peer })}

A page that scrolls inside an element of its own rather than the window is shown as n/a: the
wheel did not move it, so nothing was measured.

## An embed below the fold

A host page on another origin, 375×740, with the whole-story pym embed 3,000 px below its
fold; nobody scrolls. The time from navigation until the iframe stops growing (unchanged
for a second), its height then, and the host's scroll position (0 means nobody scrolled).

| measure | embed \`/embed/\` | target |
|---|---|---|
${row('Time to full height', embed, 'embedFullHeight', fmt.ms)}
${row('Height reached', embed, 'embedHeight', fmt.px)}
${row("Host's scroll position", embed, 'embedScrolled', fmt.px)}

## Machine

| | |
|---|---|
| date | ${env.date} |
| CPU | ${env.cpu}, nproc ${env.nproc} |
| memory | ${env.memory} |
| load average at start / end | ${env.load} / ${env.loadEnd} |
| Node | ${env.node} |
| browser | ${env.chromium} (headless) |
| Lighthouse / Playwright | ${env.lighthouse} / ${env.playwright} |
| Svelte / SvelteKit / scrollama | ${env.svelte} / ${env.kit} / ${env.scrollama} |
| Lighthouse's CPU benchmark index | ${cell([...lh.section, ...lh.top, ...lh.fr, ...lh.ar, ...lh.peer], 'benchmarkIndex', fmt.n)} |
`;
}

async function main() {
	if (!existsSync('build/index.html')) {
		console.error('No build/index.html: run `npm run build` first (npm run bench does).');
		process.exit(1);
	}
	const env = machine();
	console.log(`Benchmark on ${env.cpu} (${env.nproc} cores), ${RUNS} runs each`);
	const peerDir = peerSite();
	const site = await serve('build', SITE_PORT);
	const peer = await serve(peerDir, PEER_PORT);
	// Another origin for the host: 127.0.0.1 and localhost are different sites to Chromium.
	const hostDir = hostSite(`http://localhost:${SITE_PORT}`);
	const host = await serve(hostDir, HOST_PORT);
	const story = `http://localhost:${SITE_PORT}/`;
	try {
		const lh = { section: [], top: [], fr: [], ar: [], peer: [] };
		for (let i = 0; i < RUNS; i++) {
			lh.section.push(await lighthouseRun(`${story}#${SECTION}`));
			lh.top.push(await lighthouseRun(story));
			lh.fr.push(await lighthouseRun(`${story}fr/`));
			// The Arabic edition at the same section: its own typeface and right-to-left layout.
			lh.ar.push(await lighthouseRun(`${story}ar/#${SECTION}`));
			lh.peer.push(await lighthouseRun(`http://localhost:${PEER_PORT}/`));
			const line = (r) => `${r.performance} CLS ${fmt.cls(r.cls)} TBT ${fmt.ms(r.tbt)}`;
			console.log(
				`lighthouse run ${i + 1}: section ${line(lh.section[i])}; top ${line(lh.top[i])}; ` +
					`fr ${line(lh.fr[i])}; ar ${line(lh.ar[i])}; peer ${line(lh.peer[i])}`
			);
		}
		const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
		const click = [];
		const scroll = { story: [], peer: [] };
		const embed = [];
		try {
			for (let i = 0; i < RUNS; i++) {
				click.push(await firstClickRun(browser, story));
				scroll.story.push(await scrollRun(browser, story, true));
				scroll.peer.push(await scrollRun(browser, `http://localhost:${PEER_PORT}/`, false));
				embed.push(await embedRun(browser, `http://127.0.0.1:${HOST_PORT}/`));
				console.log(
					`run ${i + 1}: click to step ${fmt.ms(click[i].clickToStep)}; scroll longest task ` +
						`${fmt.ms(scroll.story[i].longestTask)} (peer ${fmt.ms(scroll.peer[i].longestTask)}); ` +
						`embed full height ${fmt.ms(embed[i].embedFullHeight)}`
				);
			}
		} finally {
			await browser.close();
		}
		env.loadEnd = loadAverage();
		const markdown = report(env, lh, click, scroll, embed);
		writeFileSync('BENCHMARKS.md', markdown);
		console.log(`\n${markdown}`);
	} finally {
		site.kill();
		peer.kill();
		host.kill();
		rmSync(hostDir, { recursive: true, force: true });
		rmSync(join(peerDir, '..'), { recursive: true, force: true });
	}
}

await main();
