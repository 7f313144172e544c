/**
 * Visual baselines, Observable Plot's way: each chart is a pure function of (data, date,
 * size), so the markup it renders on the server for every story step that shows it is
 * kept under __snapshots__/ and reviewed as a diff. A change to a chart shows up here as
 * the lines it moves; `npx vitest run -u tests/unit/charts/snapshots.test.ts` accepts it.
 * Files are named by chart id and step slug (not position), so reordering the story
 * moves no baseline.
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { CHART_COMPONENTS } from '$components/charts/chartComponents';
import { chartData } from '$lib/server/chartData';
import { LOCALES } from '$story/registry';

const bundle = bundleJson as unknown as Bundle;

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
	const data = chartData(bundle, locale);
	const steps = bundle.stories[locale].steps.filter((s) => s.state.graphic !== 'map');

	test('the story has chart steps to keep baselines of', () => {
		expect(steps.length).toBeGreaterThan(0);
	});

	test.each(steps.map((s) => [s.state.graphic, s.slug, s] as const))(
		'%s at %s',
		async (id, slug, step) => {
			const entry = CHART_COMPONENTS[id as keyof typeof CHART_COMPONENTS];
			const { body } = render(entry.component, {
				props: {
					data: entry.data(data),
					links: data.links,
					date: step.state.date,
					locale,
					animate: false
				}
			});
			await expect(readable(body)).toMatchFileSnapshot(
				`__snapshots__/${id}/${slug}.${locale}.html`
			);
		}
	);
});
