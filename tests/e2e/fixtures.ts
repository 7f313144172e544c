import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test also checks what a reader would never notice but a newsroom
 * must: no console errors, no failed requests, nothing fetched from elsewhere.
 */
export const test = base.extend<{ pageProblems: string[] }>({
	pageProblems: [
		async ({ page, baseURL, javaScriptEnabled }, use) => {
			const problems: string[] = [];
			// Tests may serve the site (or a host page) on several loopback ports; anything else is foreign.
			const isLocal = (url: string) => {
				if (url.startsWith('data:') || url.startsWith('blob:')) return true;
				const { hostname } = new URL(url);
				return (
					hostname === new URL(baseURL ?? 'http://localhost/').hostname || hostname === '127.0.0.1'
				);
			};
			page.on('console', (msg) => {
				if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			/** The document each request was made for, to tell a failure from a page left behind. */
			const madeFor = new Map<object, string>();
			const documentOf = (url: string) => url.replace(/#.*$/, '');
			page.on('request', (request) => {
				const url = request.url();
				if (!isLocal(url)) problems.push(`request to another origin: ${url}`);
				madeFor.set(request, documentOf(request.frame().url()));
			});
			const abandoned: { request: object; text: string }[] = [];
			page.on('requestfailed', (request) => {
				const reason = request.failure()?.errorText ?? '';
				// With scripts turned off Chromium reports the blocked module scripts as failures.
				if (!javaScriptEnabled && request.resourceType() === 'script') return;
				// The browser's own favicon fetch is cancelled when a link loads the next page.
				if (reason === 'net::ERR_ABORTED' && request.url().endsWith('/favicon.png')) return;
				const text = `failed request: ${request.url()} (${reason})`;
				// A load still in flight when the test goes to the next page is cancelled, not
				// broken (a missing file answers 404, reported below): decided once the test is over.
				if (reason === 'net::ERR_ABORTED') abandoned.push({ request, text });
				else problems.push(text);
			});
			page.on('response', (response) => {
				if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
			});
			await use(problems);
			const current = documentOf(page.isClosed() ? '' : page.url());
			for (const { request, text } of abandoned) {
				if (madeFor.get(request) === current) problems.push(text);
			}
			expect(problems, 'console errors, failed or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export async function stepSlugs(page: Page): Promise<string[]> {
	return page
		.locator('[data-step]')
		.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.step ?? ''));
}

export function activeStep(page: Page) {
	return page.locator('[data-active-step]').first();
}

/**
 * Waits until the page is tracked: the island has measured the steps (html[data-tracked])
 * and the stage is no longer loading its graphic. It makes no move for the reader: the
 * island starts on its own.
 */
export async function ready(page: Page) {
	await page.waitForFunction(
		() =>
			document.documentElement.dataset.tracked === 'true' &&
			!document.querySelector('[data-stage][aria-busy]')
	);
}
