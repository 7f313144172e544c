/**
 * npm run bench: how the built story performs on a slow phone, next to a peer.
 *
 *  1. Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4x CPU slowdown) on `/`
 *     and on the peer page, several runs each; the median of each figure. Also on a
 *     link to a section (`/#nasib-crossing`), where the story's script starts at once
 *     instead of at the reader's first move.
 *  2. A scroll benchmark: Chromium with the CPU slowed 4x (CDP
 *     Emulation.setCPUThrottlingRate) scrolls the whole story, then the peer;
 *     long tasks (PerformanceObserver 'longtask') and frame intervals are collected.
 *
 * The peer is a plain scrollama page (scripts/bench/peer/) served the same way, so
 * the figures can be read as ratios on whatever machine runs this. Results go to
 * BENCHMARKS.md and stdout. Timings vary with the machine and its load: they are
 * not part of npm test. Usage: npm run bench [-- --runs 5]
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SITE_PORT = Number(process.env.BENCH_PORT ?? 4505);
const PEER_PORT = SITE_PORT + 1;
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? 3));
const CPU_SLOWDOWN = 4;
/** A section a shared link opens at, in the middle of the story. */
const SECTION = 'nasib-crossing';
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

/** Issue 9's targets, checked against the medians. */
const TARGETS = {
	performance: { min: 95, text: '≥ 95' },
	accessibility: { min: 100, text: '100' },
	'best-practices': { min: 100, text: '100' },
	seo: { min: 100, text: '100' },
	lcp: { max: 2000, text: '≤ 2.0 s' },
	cls: { max: 0.01, text: '≤ 0.01' },
	tbt: { max: 100, text: '≤ 100 ms' },
	startLongest: { max: 100, text: '≤ 100 ms' },
	longestTask: { max: 100, text: '≤ 100 ms' },
	tasksOver100: { max: 0, text: '0' }
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

/** The peer page with scrollama copied beside it from node_modules, as a site folder. */
function peerSite() {
	const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
	cpSync('scripts/bench/peer', dir, { recursive: true });
	copyFileSync('node_modules/scrollama/build/scrollama.min.js', join(dir, 'scrollama.min.js'));
	return dir;
}

async function lighthouseRun(url) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const lhr = result.lhr;
		const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
		const failing = Object.values(lhr.categories)
			.filter((c) => c.id !== 'performance')
			.flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0))
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit && audit.score !== null && audit.score < 1)
			.map((audit) => audit.id);
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
			lcp: lhr.audits['largest-contentful-paint'].numericValue,
			fcp: lhr.audits['first-contentful-paint'].numericValue,
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
			tbt: lhr.audits['total-blocking-time'].numericValue,
			si: lhr.audits['speed-index'].numericValue,
			benchmarkIndex: lhr.environment.benchmarkIndex,
			failing
		};
	} finally {
		await chrome.kill();
	}
}

/** Collects long tasks and frame intervals from the first moment the page runs. */
const OBSERVE = () => {
	const w = window;
	w.__bench = { startTasks: [], longTasks: [], frames: [], starting: false, scrolling: false };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (w.__bench.starting) w.__bench.startTasks.push(entry.duration);
			if (w.__bench.scrolling) w.__bench.longTasks.push(entry.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
	let last = 0;
	const frame = (t) => {
		if (w.__bench.scrolling && last) w.__bench.frames.push(t - last);
		last = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
};

/**
 * Scrolls a page from its top to its end with the CPU slowed. The story starts at the
 * reader's first move (see bootAfterFirstPaint): a pointer move, then the long tasks
 * until it is alive (`comesAlive`) and a second after are its start, measured apart
 * from the scroll that follows.
 */
async function scrollRun(browser, url, comesAlive) {
	const context = await browser.newContext({
		viewport: { width: 375, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.addInitScript(OBSERVE);
	// Loaded as a reader finds it: painted, its modules fetched, nothing run yet.
	await page.goto(url, { waitUntil: 'networkidle' });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.evaluate(() => (window.__bench.starting = true));
	await page.mouse.move(187, 370);
	if (comesAlive) {
		// Polled in the page's own world: Playwright's waitForFunction would inject its
		// helper script, a long task of its own at this CPU speed.
		await page.evaluate(
			() =>
				new Promise((alive) => {
					const check = () =>
						document.documentElement.dataset.hydrated === 'true' ? alive() : setTimeout(check, 50);
					check();
				})
		);
	}
	await sleep(1000);
	await page.evaluate(() => Object.assign(window.__bench, { starting: false, scrolling: true }));
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
	const { startTasks, longTasks, frames } = await page.evaluate(() => window.__bench);
	const steps = await page.evaluate(() => document.querySelectorAll('[data-step]').length);
	await context.close();
	const sortedFrames = [...frames].sort((a, b) => a - b);
	return {
		startLongest: startTasks.length ? Math.max(...startTasks) : 0,
		startBlocking: startTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
		longestTask: longTasks.length ? Math.max(...longTasks) : 0,
		longTasks: longTasks.length,
		tasksOver100: longTasks.filter((d) => d > 100).length,
		blocking: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
		frameP95: sortedFrames[Math.floor(sortedFrames.length * 0.95)] ?? NaN,
		slowFrames: frames.length ? frames.filter((f) => f > 50).length / frames.length : NaN,
		seconds,
		steps
	};
}

function medians(runs) {
	const out = {};
	for (const key of Object.keys(runs[0])) {
		if (key !== 'failing') out[key] = median(runs.map((r) => r[key]));
	}
	out.failing = [...new Set(runs.flatMap((r) => r.failing ?? []))];
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
	const cpu = cpus()[0]?.model?.trim() ?? 'unknown';
	const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
	const version = (pkg) =>
		JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version;
	let chromiumVersion = 'unknown';
	try {
		chromiumVersion = execFileSync(CHROME, ['--version'], { encoding: 'utf8' })
			.split('\n')
			.find((line) => /chrom/i.test(line))
			?.trim();
	} catch {
		// Reported as unknown.
	}
	return {
		date: new Date().toISOString(),
		cpu,
		nproc,
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

function targetText(key) {
	return TARGETS[key]?.text ?? '';
}

/** Each argument but env is the list of runs of one page. */
function report(env, lhStory, lhPeer, lhSection, scrollStory, scrollPeer) {
	const { failing } = medians(lhStory);
	const lhRows = [
		['Performance score', 'performance', fmt.n],
		['Accessibility score', 'accessibility', fmt.n],
		['Best practices score', 'best-practices', fmt.n],
		['SEO score', 'seo', fmt.n],
		['Largest Contentful Paint', 'lcp', fmt.s],
		['First Contentful Paint', 'fcp', fmt.s],
		['Cumulative Layout Shift', 'cls', fmt.cls],
		['Total Blocking Time', 'tbt', fmt.ms],
		['Speed Index', 'si', fmt.s]
	];
	const scrollRows = [
		['Longest task while the story starts', 'startLongest', fmt.ms],
		['Blocking time while it starts (Σ task − 50 ms)', 'startBlocking', fmt.ms],
		['Longest task while scrolling', 'longestTask', fmt.ms],
		['Long tasks (> 50 ms)', 'longTasks', fmt.n],
		['Long tasks over 100 ms', 'tasksOver100', fmt.n],
		['Blocking time while scrolling (Σ task − 50 ms)', 'blocking', fmt.ms],
		['Frame interval, 95th percentile', 'frameP95', fmt.ms],
		['Frames slower than 50 ms', 'slowFrames', fmt.pct],
		['Time to scroll to the end', 'seconds', (v) => `${v.toFixed(1)} s`],
		['Steps on the page', 'steps', fmt.n]
	];
	// The spread beside the median: on a shared machine one run can be far off the rest.
	const spread = (runs, key, f) => {
		const values = runs.map((r) => r[key]).filter(Number.isFinite);
		if (!values.length) return 'n/a';
		const [lo, hi] = [Math.min(...values), Math.max(...values)];
		return f(lo) === f(hi) ? f(lo) : `${f(lo)} – ${f(hi)}`;
	};
	const allLighthouseRuns = [...lhStory, ...lhPeer, ...lhSection];
	const section = medians(lhSection);
	const sectionRows = [
		['Performance score', 'performance', fmt.n],
		['Largest Contentful Paint', 'lcp', fmt.s],
		['Total Blocking Time', 'tbt', fmt.ms]
	];
	const table = (rows, storyRuns, peerRuns) => {
		const story = medians(storyRuns);
		const peer = medians(peerRuns);
		return [
			'| measure | story `/` | story, each run | peer (plain scrollama) | story ÷ peer | target | |',
			'|---|---|---|---|---|---|---|',
			...rows.map(
				([label, key, f]) =>
					`| ${label} | ${f(story[key])} | ${spread(storyRuns, key, f)} | ${f(peer[key])} | ${fmt.ratio(story[key], peer[key])} | ${targetText(key)} | ${verdict(key, story[key])} |`
			)
		].join('\n');
	};
	return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.js). Timings are medians of ${RUNS} runs (the
lowest and highest run beside them) on the machine below, measured on the built story (its map and charts) in the same run as a peer
page (a plain scrollama page with 24 steps and no graphic, scripts/bench/peer/) so they can be
compared as ratios. They move with the machine and its load (see the load average below: on
a shared machine the peer's own figures show how much), so they are not part of
\`npm test\`; the byte budgets, which do not move, are (tests/build/budget.test.ts and
tests/e2e/security.spec.ts).

## Machine

| | |
|---|---|
| date | ${env.date} |
| CPU | ${env.cpu}, nproc ${env.nproc} |
| memory | ${env.memory} |
| load average at start | ${env.load} |
| load average at end | ${env.loadEnd} |
| Node | ${env.node} |
| browser | ${env.chromium} (headless) |
| Lighthouse | ${env.lighthouse} |
| Playwright | ${env.playwright} |
| Svelte / SvelteKit | ${env.svelte} / ${env.kit} |
| scrollama | ${env.scrollama} |
| Lighthouse's CPU benchmark index, lowest – highest run | ${spread(allLighthouseRuns, 'benchmarkIndex', fmt.n)} |

## Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown)

${table(lhRows, lhStory, lhPeer)}

Audits that did not pass in at least one run of the story (accessibility, best practices,
SEO): ${failing.length ? failing.map((a) => `\`${a}\``).join(', ') : 'none'}.

Lighthouse loads the page and leaves it alone. At the top of the story that is the page
as a reader first has it: the text, the first map and the popovers all prerendered, the
modules fetched after the first paint but not yet run, since the story's script starts
at the reader's first scroll, touch, pointer move, key or focus. That start is measured
below, with the CPU slowed 4×. A link to a section starts the script at once; the same
Lighthouse runs on one (\`/#${SECTION}\`), for comparison:

| measure | story \`/#${SECTION}\` | each run |
|---|---|---|
${sectionRows.map(([label, key, f]) => `| ${label} | ${f(section[key])} | ${spread(lhSection, key, f)} |`).join('\n')}

## Scrolling the whole story with the CPU slowed ${CPU_SLOWDOWN}× (375×740, 2× pixels)

Chromium loads the page and slows its CPU. The pointer moves over the page, which
starts the story's script (the start: its long tasks until the steps are tracked and
for a second after); then Chromium scrolls 200 px every 50 ms from the top to the end of
the page. A PerformanceObserver collects long tasks, requestAnimationFrame the frame
intervals.

${table(scrollRows, scrollStory, scrollPeer)}
`;
}

async function main() {
	if (!existsSync('build/index.html')) {
		console.error('No build/index.html: run `npm run build` first (npm run bench does).');
		process.exit(1);
	}
	const env = machine();
	console.log(`Benchmark on ${env.cpu} (${env.nproc} cores), ${RUNS} runs each`);
	const site = await serve('build', SITE_PORT);
	const peerDir = peerSite();
	const peer = await serve(peerDir, PEER_PORT);
	const storyUrl = `http://localhost:${SITE_PORT}/`;
	const peerUrl = `http://localhost:${PEER_PORT}/`;
	try {
		const lh = { story: [], peer: [], section: [] };
		for (let i = 0; i < RUNS; i++) {
			// Interleaved, so a burst of load on the machine hits the pages alike.
			lh.story.push(await lighthouseRun(storyUrl));
			lh.peer.push(await lighthouseRun(peerUrl));
			lh.section.push(await lighthouseRun(`${storyUrl}#${SECTION}`));
			console.log(
				`lighthouse run ${i + 1}: story perf ${lh.story[i].performance} LCP ${fmt.s(lh.story[i].lcp)} TBT ${fmt.ms(lh.story[i].tbt)}; ` +
					`peer perf ${lh.peer[i].performance}; section link TBT ${fmt.ms(lh.section[i].tbt)}; ` +
					`benchmark index ${lh.story[i].benchmarkIndex}`
			);
		}
		const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
		const scroll = { story: [], peer: [] };
		try {
			for (let i = 0; i < RUNS; i++) {
				scroll.story.push(await scrollRun(browser, storyUrl, true));
				scroll.peer.push(await scrollRun(browser, peerUrl, false));
				console.log(
					`scroll run ${i + 1}: story longest task ${fmt.ms(scroll.story[i].longestTask)}, ` +
						`peer ${fmt.ms(scroll.peer[i].longestTask)}`
				);
			}
		} finally {
			await browser.close();
		}
		env.loadEnd = loadAverage();
		const markdown = report(env, lh.story, lh.peer, lh.section, scroll.story, scroll.peer);
		writeFileSync('BENCHMARKS.md', markdown);
		console.log(`\n${markdown}`);
	} finally {
		site.kill();
		peer.kill();
		rmSync(peerDir, { recursive: true, force: true });
	}
}

await main();
