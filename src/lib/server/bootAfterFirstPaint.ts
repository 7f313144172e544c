import { createHash } from 'node:crypto';

/**
 * A story page reads before any script runs, so its script should not compete with the
 * page for a slow phone's bandwidth and CPU before the reader sees the text. SvelteKit
 * preloads its modules from the head and starts them from an inline script at the end of
 * the body; this rewrites a prerendered page so that both wait for the first contentful
 * paint: the preload links leave the head and are added back by the boot script, whose
 * module imports wait for the paint, and Kit starts a task after its modules have run. The script's hash in the page's
 * Content-Security-Policy follows the new script.
 *
 * A story page can go further and boot only once the reader is there
 * (`waitForReader`): its text, its first map and its popovers all work as prerendered,
 * and what the script adds (the graphic following the steps, copy buttons) starts with
 * the reader's first scroll, touch, pointer move, key or focus, or at once for a page
 * opened at a section or scrolled back to where the reader was. Until then a slow phone
 * spends nothing on the page but its layout; the preloads still come after the paint, so
 * the modules are there when the reader moves.
 *
 * Pages without Kit's boot script (`csr = false`) pass through unchanged. A Kit whose
 * boot script no longer looks as expected stops the build rather than ship a page whose
 * hash no longer matches.
 */

const PRELOAD_LINK = /[ \t]*<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>(?:[ \t]*\n)?/g;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const IMPORT_CALL = /\bimport\(("[^"]+")\)/g;
const PROMISE_ALL = 'Promise.all([';
const START = ']).then(([kit, app]) => {';
/**
 * Kit starts in a task after the one that evaluated its modules: the two together are one
 * long task on a slow phone.
 */
const START_IN_NEXT_TASK =
	']).then((modules) => new Promise((go) => setTimeout(go, 0, modules))).then(([kit, app]) => {';

/**
 * Runs in the page: resolves at the reader's first sign of reading on, or at once when
 * the page opens anywhere but its top (a section link, a restored scroll position).
 */
const READER_HERE = `const readerHere = new Promise((go) => {
						if (location.hash.length > 1) return go();
						const signs = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'pointermove', 'keydown', 'focusin'];
						const wake = () => {
							for (const sign of signs) removeEventListener(sign, wake, true);
							go();
						};
						for (const sign of signs) addEventListener(sign, wake, { capture: true, passive: true });
						// Read after the paint: scrollY before it would lay the page out in this script.
						afterFirstPaint.then(() => scrollY > 0 && wake());
					});
					const bootWhen = Promise.all([afterFirstPaint, readerHere]);

					`;
const AT_FIRST_PAINT = `const bootWhen = afterFirstPaint;

					`;

/** Runs in the page: resolves once the first contentful paint has been presented. */
function afterFirstPaintSource(preloadLinks: string[]): string {
	return `const afterFirstPaint = new Promise((go) => {
						const paints = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint');
						// A tab opened in the background paints nothing until it is shown.
						if (!paints || document.visibilityState !== 'visible') return go();
						new PerformanceObserver((list, observer) => {
							if (!list.getEntriesByName('first-contentful-paint').length) return;
							observer.disconnect();
							go();
						}).observe({ type: 'paint', buffered: true });
						setTimeout(go, 3000);
					});
					// One preload per task: starting a dozen requests at once is itself a long task on a slow phone.
					afterFirstPaint.then(function preloadNext(links = ${JSON.stringify(preloadLinks.map(linkAttributes))}) {
						const [attributes, ...rest] = links;
						if (!attributes) return;
						document.head.append(Object.assign(document.createElement('link'), attributes));
						setTimeout(() => preloadNext(rest));
					});

					`;
}

/** A link tag's attributes as the DOM properties that set them. */
function linkAttributes(tag: string): Record<string, string> {
	const properties: Record<string, string> = {};
	for (const [, name = '', value = ''] of tag.matchAll(/([a-z-]+)="([^"]*)"/g)) {
		properties[name === 'crossorigin' ? 'crossOrigin' : name] = value;
	}
	return properties;
}

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function bootScript(html: string): string | null {
	for (const [, body = ''] of html.matchAll(INLINE_SCRIPT)) {
		if (body.includes(PROMISE_ALL) && body.includes('import(')) return body;
	}
	return null;
}

export interface BootOptions {
	/** Boot at the reader's first scroll, touch or key rather than at the first paint. */
	waitForReader?: boolean;
}

export function bootAfterFirstPaint(
	html: string,
	{ waitForReader = false }: BootOptions = {}
): string {
	const boot = bootScript(html);
	if (boot === null) return html;
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0)
		throw new Error('bootAfterFirstPaint: a boot script in a chunk without the head');
	const head = html.slice(0, headEnd);
	const preloadLinks = (head.match(PRELOAD_LINK) ?? []).map((link) => link.trim());
	const imports = boot.match(IMPORT_CALL) ?? [];
	if (
		boot.split(PROMISE_ALL).length !== 2 ||
		boot.split(START).length !== 2 ||
		imports.length === 0
	) {
		throw new Error(`bootAfterFirstPaint: SvelteKit's boot script changed shape:\n${boot}`);
	}
	const deferred = boot
		.replace(IMPORT_CALL, (_, path: string) => `bootWhen.then(() => import(${path}))`)
		.replace(
			PROMISE_ALL,
			afterFirstPaintSource(preloadLinks) +
				(waitForReader ? READER_HERE : AT_FIRST_PAINT) +
				PROMISE_ALL
		)
		.replace(START, START_IN_NEXT_TASK);
	const oldHash = sha256(boot);
	if (!head.includes(oldHash)) {
		throw new Error(`bootAfterFirstPaint: the page's CSP does not list its boot script's hash`);
	}
	const newHead = head.replace(PRELOAD_LINK, '').replace(oldHash, sha256(deferred));
	return newHead + html.slice(headEnd).replace(boot, () => deferred);
}
