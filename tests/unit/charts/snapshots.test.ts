/**
 * Visual baselines, Observable Plot's way: each chart is a pure function of (data, date,
 * size), so the markup it renders on the server for every story step that shows it is
 * kept under __snapshots__/ and reviewed as a diff. A change to a chart shows up here as
 * the lines it moves; `npx vitest run -u tests/unit/charts/snapshots.test.ts` accepts it.
 * Files are named by chart id and step slug (not position), so reordering the story
 * moves no baseline.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '$story/registry';
import { bundle, drawStep } from './render';

/** A phone's stage (what the server draws before a chart measures itself) and a desktop's. */
const SIZES = [
	{ width: 360, height: 260 },
	{ width: 640, height: 400 }
];

/**
 * One element per line, without what only Svelte reads (hydration comments, scoped-style
 * class hashes), so a diff shows what a reader would see change.
 */
function readable(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/ ?\bsvelte-[a-z0-9]+\b/g, '')
			.replace(/ class=""/g, '')
			.replace(/>\s*</g, '>\n<')
			.trim() + '\n'
	);
}

describe.each(LOCALES)('charts in the %s edition', (locale) => {
	const steps = bundle.stories[locale].steps.filter((s) => s.state.graphic !== 'map');

	test('the story has chart steps to keep baselines of', () => {
		expect(steps.length).toBeGreaterThan(0);
	});

	const cases = steps.flatMap((s) => SIZES.map((size) => [s.state.graphic, s.slug, size] as const));
	test.each(cases)('%s at %s, %o', async (id, slug, size) => {
		const body = drawStep(locale, slug, size);
		await expect(readable(body)).toMatchFileSnapshot(
			`__snapshots__/${id}/${slug}.${locale}.${size.width}x${size.height}.html`
		);
	});
});

test('every kept baseline belongs to a chart step of the story (none left behind by an edit)', () => {
	const dir = join(import.meta.dirname, '__snapshots__');
	const kept = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split('\\').join('/'))
		.sort();
	const expected = LOCALES.flatMap((locale) =>
		bundle.stories[locale].steps
			.filter((s) => s.state.graphic !== 'map')
			.flatMap((s) =>
				SIZES.map((z) => `${s.state.graphic}/${s.slug}.${locale}.${z.width}x${z.height}.html`)
			)
	);
	expect(kept).toEqual([...new Set(expected)].sort());
});
