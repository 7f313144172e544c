/**
 * Byte budgets for a reader on a cheap phone and a slow connection, computed
 * from the build (deterministic: the same build always gives the same bytes).
 * A first visit fetches the HTML and everything it references, transitively;
 * each file is counted gzipped, as a static host would send it.
 * The browser tests check the same page's real requests against this list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unflatten } from 'devalue';
import { describe, expect, test } from 'vitest';
import {
	BUDGET,
	BUILD,
	firstLoad,
	gzipBytes,
	gzipText,
	htmlFiles,
	KB,
	kindOf,
	pagePaths,
	readPage
} from './site';


function allFiles(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const full = join(dir, entry);
		return statSync(full).isDirectory() ? allFiles(full) : [full];
	});
}

describe.each(pagePaths())('first load of %s', (path) => {
	const load = firstLoad(path);
	const sizes = [...load.files].map(([url, file]) => ({
		url,
		kind: kindOf(file),
		gzip: gzipBytes(file)
	}));
	const sum = (kind?: string) =>
		sizes.filter((s) => !kind || s.kind === kind).reduce((total, s) => total + s.gzip, 0);

	test('references only files that exist on this site', () => {
		expect(load.external).toEqual([]);
		expect(load.missing).toEqual([]);
		// The list of sources and the downloads' index are plain HTML (csr = false); every
		// other page runs a script.
		expect(sizes.some((s) => s.kind === 'js')).toBe(!/(^|\/)(sources|data)\/$/.test(path));
	});

	// A story page (an edition, or its whole-story embed) is static HTML and one island.
	const story = /^\/((fr|ar)\/)?(embed\/)?$/.test(path);
	const js = story ? BUDGET.storyJs : BUDGET.js;
	test(`ships at most ${js / KB} KB of JavaScript (gzipped)`, () => {
		expect(sum('js'), sizes.map((s) => `${s.url} ${s.gzip}`).join('\n')).toBeLessThanOrEqual(js);
	});

	test(`ships at most ${BUDGET.total / KB} KB in total (gzipped)`, () => {
		console.log(
			`${path}: ${(sum() / KB).toFixed(1)} KB total, ${(sum('js') / KB).toFixed(1)} KB JS, ` +
				`${(sum('html') / KB).toFixed(1)} KB HTML, ${(sum('css') / KB).toFixed(1)} KB CSS in ${sizes.length} files`
		);
		expect(sum()).toBeLessThanOrEqual(BUDGET.total);
	});
});

/**
 * The data a page hydrates with: what SvelteKit serialises for it (its __data.json), and
 * for story pages the graphic's data they fetch beside it (graphics.json).
 */
function pageData(dir: string): Record<string, unknown>[] {
	const data: Record<string, unknown>[] = [];
	const file = join(BUILD, dir, '__data.json');
	if (existsSync(file)) {
		const json = JSON.parse(readFileSync(file, 'utf8')) as {
			nodes?: ({ type: string; data: unknown[] } | null)[];
		};
		for (const node of json.nodes ?? []) {
			if (node?.type === 'data') data.push(unflatten(node.data) as Record<string, unknown>);
		}
	}
	const graphics = join(BUILD, dir, 'graphics.json');
	if (existsSync(graphics)) data.push({ graphics: JSON.parse(readFileSync(graphics, 'utf8')) });
	return data;
}

describe.each(htmlFiles().filter((f) => f.endsWith('index.html')))('map geometry in %s', (file) => {
	const dir = file.replace(/index\.html$/, '');

	test(`the map data the page ships is at most ${BUDGET.mapGeometry / KB} KB gzipped`, () => {
		const maps = pageData(dir)
			.map((data) => (data.graphics as { map?: unknown } | undefined)?.map)
			.filter((map) => map !== undefined);
		// The story pages draw the map: their data must be found, not skipped.
		if (dir === '' || dir === 'fr/') expect(maps.length).toBeGreaterThan(0);
		for (const map of maps) {
			expect(gzipText(JSON.stringify(map))).toBeLessThanOrEqual(BUDGET.mapGeometry);
		}
	});

	test(`the prerendered SVG geometry is at most ${BUDGET.mapGeometry / KB} KB gzipped`, () => {
		// Path data drawn into the HTML for readers without JavaScript.
		const geometry = [...readPage(file).matchAll(/\s(?:d|points)="([^"]*)"/g)]
			.map((m) => m[1])
			.join('\n');
		expect(gzipText(geometry)).toBeLessThanOrEqual(BUDGET.mapGeometry);
	});
});

describe.each(['embed/', 'fr/embed/'])('the whole-story embed page %s', (dir) => {
	const html = readPage(`${dir}index.html`);
	const edition = join(BUILD, dir.startsWith('fr/') ? 'fr' : '', 'graphics.json');

	test("fetches its edition's graphic data beside it, not inside its HTML", () => {
		// Map data written into each embed would be fetched again for every embed on a page.
		expect(html).not.toContain('mapLabels');
		// Named by its content hash, so a cached copy never meets newer HTML.
		expect(html).toMatch(/href="(\.\.\/)+(fr\/)?graphics\.json\?v=[0-9a-f]{12}"/);
		expect(existsSync(edition)).toBe(true);
	});
});

describe.each(['embed/nasib-crossing/', 'fr/embed/nasib-crossing/'])(
	'the section embed page %s',
	(dir) => {
		const html = readPage(`${dir}index.html`);

		test('is drawn at build and fetches no graphic data, only its small island', () => {
			expect(html).not.toContain('graphics.json');
			expect(html).toContain('data-active-step="nasib-crossing"');
			const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
			expect(scripts).toEqual([expect.stringMatching(/_app\/immutable\/island\/section-[\w-]+\.js$/)]);
		});
	}
);

test(`each edition's map data file is at most ${BUDGET.mapGeometry / KB} KB gzipped`, () => {
	// The map's geometry travels in each edition's graphic data file (graphics.json, with or
	// without a content hash in its name), beside the charts' series.
	const files = allFiles().filter((f) => /(^|[\\/])graphics(\.[\w-]+)?\.json$/.test(f));
	expect(files.length, 'graphic data files in build/').toBeGreaterThanOrEqual(2);
	for (const file of files) {
		const { map } = JSON.parse(readFileSync(file, 'utf8')) as { map?: unknown };
		expect(map, `${file} has no map data`).toBeDefined();
		expect(gzipText(JSON.stringify(map)), file).toBeLessThanOrEqual(BUDGET.mapGeometry);
	}
});

/**
 * The Arabic edition's typeface (issue 22): each weight's subset at most 60 KB gzipped,
 * loaded by the Arabic pages and by no English or French page.
 */
describe('the Arabic typeface', () => {
	const fonts = ['noto-naskh-arabic-400.woff2', 'noto-naskh-arabic-700.woff2'].map((f) =>
		join(BUILD, 'fonts', f)
	);

	test.each(fonts)('%s is at most 60 KB gzipped', (file) => {
		expect(existsSync(file), file).toBe(true);
		expect(gzipBytes(file)).toBeLessThanOrEqual(60 * KB);
	});

	test('the Arabic edition loads it; the English and French editions load no font', () => {
		const fontsOf = (path: string) =>
			[...firstLoad(path).files].filter(([, file]) => kindOf(file) === 'font').map(([url]) => url);
		expect(fontsOf('/ar/').some((url) => url.endsWith('noto-naskh-arabic-400.woff2'))).toBe(true);
		for (const path of ['/', '/fr/', '/embed/', '/fr/embed/']) expect(fontsOf(path), path).toEqual([]);
	});
});
