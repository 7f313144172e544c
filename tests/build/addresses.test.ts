/**
 * Every address the build hands out names where it is published: an editor's embed code,
 * a share link, og:url, og:image, canonical, oEmbed and JSON-LD all start with the
 * PUBLIC_SITE_URL the build was made with (scripts/publicAddress.js). Any other absolute
 * address in a page or a JSON file must be one the dataset cites (data/) or a standard's
 * (licences, schema.org): a placeholder host left in the code fails here, and so does an
 * address on our own host outside the site's path.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { publicAddress } from '../../scripts/publicAddress.js';
import { BUILD, jsonLdBlocks, readPage, tags } from './site';

const { siteUrl } = publicAddress();

/** Addresses of standards and licences the pages may name besides their sources. */
const STANDARDS = [
	'https://schema.org',
	'http://www.w3.org/2000/svg',
	'http://www.w3.org/1999/xlink',
	'https://creativecommons.org/',
	'https://opendatacommons.org/',
	'https://datapackage.org/profiles/',
	'http://archieml.org'
];

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
	const found: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current).sort()) {
			const full = join(current, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (keep(full)) found.push(full);
		}
	};
	if (existsSync(dir)) walk(dir);
	return found;
}

/** Hosts of every address the dataset and the story text cite (pages print them re-encoded). */
const citedHosts = new Set(
	filesUnder(resolve('data'), (f) => /\.(csv|aml|md)$/.test(f))
		// Hosts only: in a CSV row one address can run into the next cell.
		.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/https?:\/\/([^/\s"'<>?#,]+)/g)])
		.map((m) => m[1]!.toLowerCase())
);

function hostOf(url: string): string {
	try {
		return new URL(url).host.toLowerCase();
	} catch {
		return url;
	}
}

function decode(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\\u002[fF]/g, '/');
}

function absoluteAddresses(text: string): string[] {
	return [...decode(text).matchAll(/https?:\/\/[^\s"'<>\\`]+/g)].map((m) => m[0]);
}

/** Pages and data the build writes (its scripts hold library URLs and are not read here). */
const files = filesUnder(BUILD, (f) => /\.(html|json|txt|xml)$/.test(f))
	.map((f) => relative(BUILD, f).split(sep).join('/'))
	.filter((f) => !f.startsWith('_app/'));

test('the build was made for an absolute http(s) address ending in a slash', () => {
	expect(siteUrl).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
	expect(files.length).toBeGreaterThan(50);
});

test('the story pages name the configured address as canonical and og:url', () => {
	for (const [file, path] of [
		['index.html', ''],
		['fr/index.html', 'fr/']
	] as const) {
		const head = tags(readPage(file));
		expect(head.find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(
			`${siteUrl}${path}`
		);
		expect(head.find((t) => t.name === 'meta' && t.attrs.property === 'og:url')?.attrs.content).toBe(
			`${siteUrl}${path}`
		);
	}
});

test('each edition describes itself in JSON-LD: the article, its dispatch and its dataset', () => {
	for (const [file, lang] of [
		['index.html', 'en'],
		['fr/index.html', 'fr']
	] as const) {
		const blocks = jsonLdBlocks(readPage(file)) as { '@graph': Record<string, unknown>[] }[];
		expect(blocks).toHaveLength(1);
		const [article, dataset] = blocks[0]!['@graph'];
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			inLanguage: lang,
			url: `${siteUrl}${lang === 'fr' ? 'fr/' : ''}`,
			isBasedOn: { datePublished: '2018-07-31', author: { name: 'AFP' } }
		});
		expect(dataset).toMatchObject({ '@type': 'Dataset', url: `${siteUrl}data/` });
	}
});

describe.each(files)('%s', (file) => {
	test('every absolute address is ours, at the configured address, or one the dataset cites', () => {
		const ours = new URL(siteUrl).host;
		const strays = absoluteAddresses(readFileSync(join(BUILD, file), 'utf8')).filter((url) =>
			hostOf(url) === ours
				? !url.startsWith(siteUrl)
				: !STANDARDS.some((prefix) => url.startsWith(prefix)) && !citedHosts.has(hostOf(url))
		);
		expect(strays).toEqual([]);
	});
});
