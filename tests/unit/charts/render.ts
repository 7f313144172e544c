import { render } from 'svelte/server';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { CHART_COMPONENTS } from '$components/charts/chartComponents';
import { DRAW_SIZE } from '$lib/charts/props';
import { chartData } from '$lib/server/chartData';
import type { Locale } from '$story/registry';
import type { Step } from '$story/types';

export const bundle = bundleJson as unknown as Bundle;

/**
 * The plot sizes the readers' phones gave each chart (measured in Chromium on the built
 * story): 320×568 and 375×740 upright, 740×375 on its side.
 */
export const PHONE_PLOTS = [
	{ width: 295, height: 132 },
	{ width: 350, height: 199 },
	{ width: 358, height: 157 },
	{ width: 609, height: 598 }
];

export function chartStep(locale: Locale, slug: string): Step {
	const step = bundle.stories[locale].steps.find((s) => s.slug === slug);
	if (!step) throw new Error(`no step ${slug}`);
	return step;
}

const cache = new Map<Locale, ReturnType<typeof chartData>>();

/** The markup a step's chart draws at a plot size, as the page draws it. */
export function drawStep(locale: Locale, slug: string, size: { width: number; height: number }) {
	const step = chartStep(locale, slug);
	const id = step.state.graphic as keyof typeof CHART_COMPONENTS;
	const entry = CHART_COMPONENTS[id];
	if (!entry) throw new Error(`${slug} shows no chart`);
	if (!cache.has(locale)) cache.set(locale, chartData(bundle, locale));
	const data = cache.get(locale)!;
	return render(entry.component, {
		props: {
			data: entry.data(data),
			links: data.links,
			date: step.state.date,
			locale,
			animate: false
		},
		context: new Map([[DRAW_SIZE, size]])
	}).body;
}

export interface SvgText {
	text: string;
	x: number;
	y: number;
	anchor: string;
	label: string | null;
	opacity: number;
}

/** Every <text> of the plot, with its position and whether a faded group holds it. */
export function textsOf(html: string): SvgText[] {
	// The plot's own <svg> (the key's swatches are small ones before it).
	const start = html.indexOf('<svg viewBox');
	const svg = html.slice(start, html.indexOf('</svg>', start));
	const out: SvgText[] = [];
	const re = /<(g|\/g|text)\b([^>]*)>([^<]*)/g;
	const fades: number[] = [];
	for (let m = re.exec(svg); m; m = re.exec(svg)) {
		const [, tag, attrs, body] = m;
		if (tag === 'g') {
			const o = /opacity:\s*([\d.]+)/.exec(attrs!);
			fades.push(o ? Number(o[1]) : 1);
		} else if (tag === '/g') fades.pop();
		else {
			const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1];
			const own = /opacity:\s*([\d.]+)/.exec(attrs!);
			out.push({
				text: body!.replace(/[ \t\r\n]+/g, ' ').trim(),
				x: Number(attr('x') ?? 0),
				y: Number(attr('y') ?? 0),
				anchor: attr('text-anchor') ?? 'start',
				label: attr('data-label') ?? null,
				opacity: fades.reduce((a, b) => a * b, own ? Number(own[1]) : 1)
			});
		}
	}
	return out;
}
