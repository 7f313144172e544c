import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bootAfterFirstPaint } from '$lib/server/bootAfterFirstPaint';

const hash = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** What SvelteKit prerenders for a page with client-side rendering (shape of kit 2.70). */
const KIT_BOOT = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => { kit.start(app, element, {}); });
	}
`;

function kitPage(boot = KIT_BOOT): string {
	return `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(boot)}; style-src 'self'">
		<link href="./_app/immutable/entry/start.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
		<link rel="canonical" href="https://example.org/"/> <link rel="preload" href="graphics.json" as="fetch" crossorigin="anonymous"/><title>t</title>
		<link href="./_app/immutable/assets/0.css" rel="stylesheet">
	</head><body><div><p>Story</p><script>${boot}</script></div></body></html>`;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a page's boot script against a stand-in window: a background tab (the paint is not
 * waited for), opened at `hash`, whose event listeners can be fired by name.
 */
function runBoot(html: string, hash = '') {
	const started: string[] = [];
	const listeners = new Map<string, () => void>();
	const kit = { start: () => started.push('start') };
	const window = {
		document: {
			currentScript: { parentElement: {} },
			visibilityState: 'hidden',
			head: { append() {} },
			createElement: () => ({})
		},
		location: { hash },
		scrollY: 0,
		load: async (path: string) => (path.includes('start') ? kit : {}),
		addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
		removeEventListener: (type: string) => listeners.delete(type)
	};
	const source = scriptOf(html).replace(/\bimport\(/g, 'load(');
	new Function(...Object.keys(window), 'globalThis', source)(...Object.values(window), {});
	return {
		started,
		listening: () => [...listeners.keys()],
		fire: (type: string) => listeners.get(type)?.()
	};
}

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));

describe('scripts wait for the first paint', () => {
	const page = bootAfterFirstPaint(kitPage());

	it('takes every preload out of the head and nothing else', () => {
		const head = headOf(page);
		expect(head).not.toMatch(/rel="(module)?preload"/);
		expect(head).toContain('rel="stylesheet"');
		expect(head).toContain('rel="canonical"');
		expect(head).toContain('<title>t</title>');
	});

	it('has the boot script add them back, with their attributes, before importing', () => {
		const script = scriptOf(page);
		expect(script).toContain('{"href":"./_app/immutable/chunks/a.js","rel":"modulepreload"}');
		expect(script).toContain(
			'{"rel":"preload","href":"graphics.json","as":"fetch","crossOrigin":"anonymous"}'
		);
		expect(script).not.toMatch(/\[\s*import\(/);
		expect(script.match(/bootWhen\.then\(\(\) => import\("[^"]+"\)\)/g)).toHaveLength(2);
		// Kit's own statements are untouched: it still finds its element synchronously.
		expect(script).toContain('const element = document.currentScript.parentElement;');
		expect(script).toContain('kit.start(app, element, {});');
	});

	it('starts Kit in a task after the one that ran its modules', async () => {
		const run = runBoot(page);
		for (let job = 0; job < 50; job++) await Promise.resolve();
		expect(run.started).toEqual([]);
		await nextTask();
		expect(run.started).toEqual(['start']);
		expect(run.listening()).toEqual([]);
	});

	it('lists the new script’s hash in the Content-Security-Policy instead of the old one', () => {
		const head = headOf(page);
		expect(head).toContain(hash(scriptOf(page)));
		expect(head).not.toContain(hash(KIT_BOOT));
	});

	it('leaves a page without a boot script (csr = false) as it is', () => {
		const plain = '<html><head><link rel="preload" href="x"></head><body><p>x</p></body></html>';
		expect(bootAfterFirstPaint(plain)).toBe(plain);
	});

	it('stops the build when Kit’s boot script or the page’s policy is not what it expects', () => {
		const twoCalls = KIT_BOOT.replace('Promise.all([', 'Promise.all([Promise.all([])');
		expect(() => bootAfterFirstPaint(kitPage(twoCalls))).toThrow(/changed shape/);
		const unlisted = kitPage().replace(hash(KIT_BOOT), "'sha256-other'");
		expect(() => bootAfterFirstPaint(unlisted)).toThrow(/CSP/);
	});
});

describe('a story page boots when the reader is there', () => {
	const page = bootAfterFirstPaint(kitPage(), { waitForReader: true });
	const settle = async () => {
		for (let task = 0; task < 3; task++) await nextTask();
	};

	it('runs no module until the reader scrolls, touches, points or types', async () => {
		const run = runBoot(page);
		await settle();
		expect(run.started).toEqual([]);
		expect(run.listening()).toEqual(
			expect.arrayContaining(['scroll', 'wheel', 'touchstart', 'keydown', 'focusin'])
		);
		run.fire('wheel');
		await settle();
		expect(run.started).toEqual(['start']);
		// Woken once: the other signs stop being listened for.
		expect(run.listening()).toEqual([]);
	});

	it('boots at once for a page opened at a section', async () => {
		const run = runBoot(page, '#nasib-crossing');
		await settle();
		expect(run.started).toEqual(['start']);
	});

	it('still lists its own script’s hash in the Content-Security-Policy', () => {
		expect(headOf(page)).toContain(hash(scriptOf(page)));
	});
});
