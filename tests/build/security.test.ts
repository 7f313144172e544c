/**
 * What the built pages promise a newsroom that embeds them: a strict
 * Content-Security-Policy that still lets the page run, nothing loaded from
 * elsewhere, no raw HTML injected from data, and links out that cannot reach back.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cspOf, htmlFiles, inlineScripts, isExternal, readPage, tags } from './site';
import { publicAddress } from '../../scripts/publicAddress.js';

const SITE_URL = publicAddress().siteUrl;

const pages = htmlFiles();

/** Sources a directive may list: our own origin, nothing, or a hash of an inline script. */
function allowedSource(directive: string, source: string): boolean {
	if (["'self'", "'none'"].includes(source)) return true;
	if (/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source)) return true;
	// Inline styles (Svelte's style: directives) cannot run code; data: images and fonts stay local.
	if (directive === 'style-src' && source === "'unsafe-inline'") return true;
	if (['img-src', 'font-src'].includes(directive) && source === 'data:') return true;
	return false;
}

test('the build has the story pages in both languages', () => {
	expect(pages).toContain('index.html');
	expect(pages).toContain('fr/index.html');
});

describe.each(pages)('%s', (file) => {
	const html = readPage(file);

	test('has a strict Content-Security-Policy with no third-party origin', () => {
		const csp = cspOf(html);
		expect(csp, 'CSP meta tag').not.toBeNull();
		const scriptSrc = csp!.get('script-src') ?? csp!.get('default-src');
		expect(scriptSrc, 'script-src').toBeDefined();
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(scriptSrc).not.toContain("'wasm-unsafe-eval'");
		expect(csp!.get('default-src')).toEqual(["'self'"]);
		expect(csp!.get('object-src')).toEqual(["'none'"]);
		expect(csp!.has('base-uri'), 'base-uri').toBe(true);
		const loose = [...csp!].flatMap(([directive, sources]) =>
			sources.filter((s) => !allowedSource(directive, s)).map((s) => `${directive} ${s}`)
		);
		expect(loose, 'sources that are not our own origin or a hash').toEqual([]);
	});

	test('every inline script is allowed by its hash (the page can still run)', () => {
		const allowed = cspOf(html)?.get('script-src') ?? [];
		for (const script of inlineScripts(html)) {
			const hash = createHash('sha256').update(script, 'utf8').digest('base64');
			expect(allowed, `hash of inline script "${script.trim().slice(0, 60)}…"`).toContain(
				`'sha256-${hash}'`
			);
		}
	});

	test('has no inline event handlers or javascript: URLs (a hash cannot allow them)', () => {
		const offenders = tags(html).flatMap((tag) =>
			Object.entries(tag.attrs)
				.filter(([name, value]) => /^on[a-z]+$/.test(name) || /^\s*javascript:/i.test(value))
				.map(([name]) => `<${tag.name} ${name}>`)
		);
		expect(offenders).toEqual([]);
	});

	test('loads no script, style, image or font from another origin', () => {
		const loaded = tags(html).flatMap((tag) => {
			if (tag.name === 'link') {
				const rel = tag.attrs.rel ?? '';
				// canonical and hreflang alternates are addresses, never fetched.
				return /\b(canonical|alternate)\b/.test(rel) ? [] : [tag.attrs.href ?? ''];
			}
			return [tag.attrs.src ?? '', tag.attrs.srcset ?? '', tag.attrs.poster ?? ''];
		});
		expect(loaded.filter((ref) => ref && isExternal(ref) && !ref.startsWith('data:'))).toEqual(
			[]
		);
	});

	test('every link to another site opens with rel="noopener noreferrer"', () => {
		// Our own published address is not another site (the 404 pages link to it absolutely).
		const links = tags(html, 'a').filter(
			(a) => /^https?:/i.test(a.attrs.href ?? '') && !a.attrs.href!.startsWith(SITE_URL)
		);
		const unsafe = links
			.filter((a) => {
				const rel = (a.attrs.rel ?? '').split(/\s+/);
				return !rel.includes('noopener') || !rel.includes('noreferrer');
			})
			.map((a) => a.attrs.href);
		expect(unsafe).toEqual([]);
	});
});

/**
 * The only raw HTML a component may insert, and why it is safe: a JSON-LD data block
 * from our own metadata (jsonLdScript escapes "<" inside it), which no browser runs.
 */
const ALLOWED_RAW_HTML: Record<string, string[]> = {
	'src/lib/components/head/StoryMeta.svelte': ['head'],
	'src/lib/components/sections/DataIndexPage.svelte': ['jsonLd']
};

test('no component injects raw HTML ({@html}) but JSON-LD data blocks', () => {
	const found: Record<string, string[]> = {};
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const full = join(dir, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (entry.endsWith('.svelte')) {
				const uses = [...readFileSync(full, 'utf8').matchAll(/\{@html\s+([^}]*)\}/g)].map((m) =>
					m[1]!.trim()
				);
				if (uses.length) found[full.replace(/\\/g, '/')] = uses;
			}
		}
	};
	walk('src');
	expect(found).toEqual(ALLOWED_RAW_HTML);
});
