/**
 * Every internal link and anchor in the built site resolves: a crawl over every
 * built page, resolving each href against the page's own path (the site is
 * built with relative paths), then checking the file exists and the #fragment
 * names an element in the target page. Absolute links to the published site
 * (canonical, hreflang) are checked against the build too.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
	BUILD,
	fileFor,
	htmlFiles,
	readPage,
	resolveOnSite,
	sameSite,
	tags,
	urlPath
} from './site';
import { publicAddress } from '../../scripts/publicAddress.js';

const pages = htmlFiles();
const idCache = new Map<string, Set<string>>();

function idsIn(file: string): Set<string> {
	const cached = idCache.get(file);
	if (cached) return cached;
	const ids = new Set<string>();
	for (const tag of tags(readFileSync(file, 'utf8'))) {
		if (tag.attrs.id) ids.add(tag.attrs.id);
		if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
	}
	idCache.set(file, ids);
	return ids;
}

/** The published address of the English edition, from its canonical link. */
function siteUrl(): string | null {
	const canonical = tags(readPage('index.html'), 'link').find((l) => l.attrs.rel === 'canonical');
	return canonical?.attrs.href ?? null;
}

/** A fragment that names a section on arrival (the story ignores anything else, e.g. `#?x=1`). */
function checkedFragment(hash: string): string | null {
	const fragment = decodeURIComponent(hash.slice(1));
	return fragment && !fragment.startsWith('?') ? fragment : null;
}

test('the English page declares its published address (canonical), as the build was told', () => {
	expect(siteUrl()).toBe(publicAddress().siteUrl);
});

describe.each(pages)('%s', (file) => {
	const html = readPage(file);
	const path = urlPath(file);
	const site = siteUrl();

	test('every internal link, anchor and asset reference resolves', () => {
		const broken: string[] = [];
		for (const tag of tags(html)) {
			const refs = [tag.attrs.href, tag.attrs.src].filter((r): r is string => !!r);
			for (const ref of refs) {
				if (/^(mailto|tel|data|blob):/i.test(ref)) continue;
				let target: URL;
				if (/^https?:/i.test(ref)) {
					// Our own published address: it must name a page that we build.
					if (!site || !ref.startsWith(site)) continue;
					target = resolveOnSite(`/${ref.slice(site.length)}`, '/');
				} else {
					target = resolveOnSite(ref, path);
					if (!sameSite(target)) continue;
				}
				const found = fileFor(target.pathname);
				if (!found) {
					broken.push(`<${tag.name}> ${ref}: no file for ${target.pathname}`);
					continue;
				}
				const fragment = target.hash ? checkedFragment(target.hash) : null;
				if (fragment && found.endsWith('.html') && !idsIn(found).has(fragment)) {
					broken.push(`<${tag.name}> ${ref}: no #${fragment} in ${relative(BUILD, found)}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	test('ids are unique, so every anchor has one target', () => {
		const ids = tags(html)
			.map((tag) => tag.attrs.id)
			.filter(Boolean);
		const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
		expect(repeated).toEqual([]);
	});
});
