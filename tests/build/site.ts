/**
 * Reading the built site (build/) the way a browser would, without a browser:
 * which pages exist, what tags they hold, which files a first visit loads.
 * Shared by the build checks (tests/build) and the browser tests (tests/e2e), so
 * both cover every page the build writes, including pages added after today.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD = resolve(process.env.BUILD_DIR ?? 'build');
/** Any origin: page paths are resolved against it to find files. */
const ORIGIN = 'http://site.invalid';

export const KB = 1024;
/** What a first visit may cost a reader on a cheap phone, gzipped (issue 9). */
export const BUDGET = { js: 90 * KB, storyJs: 70 * KB, total: 350 * KB, mapGeometry: 60 * KB };

export interface Tag {
	name: string;
	attrs: Record<string, string>;
}

/** Every HTML file in the build, as paths relative to build/ with forward slashes. */
export function htmlFiles(dir = BUILD): string[] {
	const found: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current).sort()) {
			const full = join(current, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (entry.endsWith('.html')) found.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return found;
}

/** The URL path a built file is served at: `fr/index.html` → `/fr/`. */
export function urlPath(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Story and embed pages: the built pages a reader opens (404 and fallback pages excluded). */
export function pagePaths(): string[] {
	return htmlFiles()
		.filter((file) => !/(^|\/)(404|200|fallback)\.html$/.test(file))
		.map(urlPath);
}

export function readPage(file: string): string {
	return readFileSync(join(BUILD, file), 'utf8');
}

/** Markup only: comments, scripts and styles are removed so their text is never read as tags. */
function markup(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
		.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

function decode(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Opening tags in document order, with their attributes decoded. */
export function tags(html: string, name?: string): Tag[] {
	const out: Tag[] = [];
	const tagPattern = /<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
	for (const match of markup(html).matchAll(tagPattern)) {
		const tagName = match[1]!.toLowerCase();
		if (name && tagName !== name) continue;
		const attrs: Record<string, string> = {};
		const attrPattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
		for (const attr of (match[2] ?? '').matchAll(attrPattern)) {
			attrs[attr[1]!.toLowerCase()] = decode(attr[2] ?? attr[3] ?? attr[4] ?? '');
		}
		out.push({ name: tagName, attrs });
	}
	return out;
}

/**
 * The text of each inline script (no src) the browser runs, exactly as it hashes it. A data
 * block (a type that is not JavaScript, such as JSON-LD's application/ld+json) is never run,
 * so the Content-Security-Policy does not apply to it.
 */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	)) {
		const attrs = match[1] ?? '';
		if (/\bsrc\s*=/.test(attrs) || isDataBlock(attrs)) continue;
		scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** Inline `<script>` blocks that hold data, not code (the attributes of their opening tag). */
export function isDataBlock(attrs: string): boolean {
	const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
	return !!type && !/^(module|text\/javascript|application\/javascript)$/.test(type);
}

/** The JSON-LD data blocks of a page, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
		(m) => JSON.parse(m[1]!) as unknown
	);
}

/** The Content-Security-Policy meta of a page, as directive → sources. */
export function cspOf(html: string): Map<string, string[]> | null {
	const meta = tags(html, 'meta').find(
		(tag) => tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy'
	);
	if (!meta) return null;
	const policy = new Map<string, string[]>();
	for (const part of (meta.attrs.content ?? '').split(';')) {
		const [directive, ...sources] = part.trim().split(/\s+/);
		if (directive) policy.set(directive.toLowerCase(), sources);
	}
	return policy;
}

export function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** Resolves a reference in a page to a URL on the site (path, search and hash). */
export function resolveOnSite(href: string, pagePath: string): URL {
	return new URL(href, ORIGIN + pagePath);
}

export function sameSite(url: URL): boolean {
	return url.origin === ORIGIN;
}

/** The built file a site path is served from (a folder serves its index.html), or null. */
export function fileFor(path: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return null;
	}
	const full = join(BUILD, decoded);
	if (!full.startsWith(BUILD)) return null;
	if (existsSync(full) && statSync(full).isDirectory()) {
		const index = join(full, 'index.html');
		return existsSync(index) ? index : null;
	}
	if (existsSync(full)) return full;
	if (existsSync(`${full}.html`)) return `${full}.html`;
	return null;
}

export type Kind = 'html' | 'js' | 'css' | 'font' | 'image' | 'other';

export function kindOf(file: string): Kind {
	if (/\.html$/.test(file)) return 'html';
	if (/\.m?js$/.test(file)) return 'js';
	if (/\.css$/.test(file)) return 'css';
	if (/\.(woff2?|ttf|otf|eot)$/.test(file)) return 'font';
	if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(file)) return 'image';
	return 'other';
}

/** Sub-resources a JS module imports statically (what the browser fetches before running it). */
function jsImports(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(
		/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g
	)) {
		found.push(match[1]!);
	}
	return found;
}

/** Fonts and images a stylesheet pulls in, and stylesheets it imports. */
function cssRefs(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found.push(match[1]!);
	for (const match of source.matchAll(/@import\s+["']([^"']+)["']/g)) found.push(match[1]!);
	return found.filter((href) => !href.startsWith('data:') && !href.startsWith('#'));
}

export interface Load {
	/** Site path → built file, for every file the first visit fetches. */
	files: Map<string, string>;
	/** References that leave the site (must be empty). */
	external: string[];
	/** Same-site references with no built file behind them. */
	missing: string[];
}

/**
 * What a first visit to a page fetches: the HTML, the scripts and modules it
 * preloads or imports (followed transitively through static imports), its
 * stylesheets and what they reference, images in the markup and the icon.
 * Lazy-loaded images and dynamic imports triggered later are not a first load.
 */
export function firstLoad(pagePath: string): Load {
	const load: Load = { files: new Map(), external: [], missing: [] };
	const queue: { href: string; from: string }[] = [{ href: pagePath, from: pagePath }];
	while (queue.length) {
		const { href, from } = queue.shift()!;
		if (href.startsWith('data:')) continue;
		const url = resolveOnSite(href, from);
		if (!sameSite(url)) {
			load.external.push(href);
			continue;
		}
		if (load.files.has(url.pathname)) continue;
		const file = fileFor(url.pathname);
		if (!file) {
			load.missing.push(`${url.pathname} (from ${from})`);
			continue;
		}
		load.files.set(url.pathname, file);
		const source = readFileSync(file, 'utf8');
		const next = (refs: string[]) =>
			refs.forEach((ref) => queue.push({ href: ref, from: url.pathname }));
		switch (kindOf(file)) {
			case 'html': {
				const refs: string[] = [];
				for (const tag of tags(source)) {
					const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
					if (tag.name === 'link' && tag.attrs.href) {
						const loads = ['stylesheet', 'modulepreload', 'preload', 'icon'].some((r) =>
							rel.includes(r)
						);
						// Kit keeps a disabled link beside a stylesheet it inlined; nothing fetches it.
						if (loads && !('disabled' in tag.attrs)) refs.push(tag.attrs.href);
					} else if (tag.name === 'script' && tag.attrs.src) {
						refs.push(tag.attrs.src);
					} else if ((tag.name === 'img' || tag.name === 'source') && tag.attrs.loading !== 'lazy') {
						if (tag.attrs.src) refs.push(tag.attrs.src);
						for (const candidate of (tag.attrs.srcset ?? '').split(',')) {
							const src = candidate.trim().split(/\s+/)[0];
							if (src) refs.push(src);
						}
					} else if (tag.name === 'image' && (tag.attrs.href || tag.attrs['xlink:href'])) {
						refs.push(tag.attrs.href ?? tag.attrs['xlink:href']!);
					}
				}
				// SvelteKit boots its client pages from an inline script that imports its entry modules.
				for (const script of inlineScripts(source)) {
					for (const match of script.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
						refs.push(match[1]!);
					}
				}
				next(refs);
				break;
			}
			case 'js':
				next(jsImports(source));
				break;
			case 'css':
				next(cssRefs(source));
				break;
		}
	}
	return load;
}

export function gzipBytes(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function gzipText(text: string): number {
	return gzipSync(Buffer.from(text), { level: 9 }).length;
}
