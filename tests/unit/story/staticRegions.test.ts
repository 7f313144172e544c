import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { insertStaticRegions } from '$lib/server/staticRegions';
import { storyText } from '$lib/server/storyPage';
import { afterStoryMarker, scrollyMarker, stepBodyMarker } from '$story/staticMarkers';

const bundle = bundleJson as unknown as Bundle;
/** Where the element `html` opens with ends (div tags only: the parts' outer elements are divs). */
function closesAt(html: string): number {
	let depth = 0;
	for (const tag of html.matchAll(/<(\/?)div\b[^>]*>/g)) {
		depth += tag[1] ? -1 : 1;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}
const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe('static parts of a page', () => {
	it('puts each step’s heading, prose, text alternative and share menu in its marker', () => {
		const step = bundle.stories.fr.steps[3]!;
		const html = insertStaticRegions(page(`<div>${stepBodyMarker('fr', step.slug)}</div>`));
		expect(html).not.toContain('<!--static:');
		expect(html).toContain(`<h2 id="${step.slug}-title">`);
		const firstText = step.paragraphs[0]!.find((s) => s.kind === 'text');
		expect(html).toContain(firstText && 'text' in firstText ? firstText.text.slice(0, 40) : '');
		expect(html).toContain(step.alt.slice(0, 40));
		// The menu is its own server render (hydration start comment first), ready to hydrate alone.
		expect(html).toMatch(
			/<div data-share-menu[^>]*>(?:<!--[a-z0-9]*-->)?<!--\[-->[^]*?popovertarget="share-/
		);
		expect(html).toContain(`/fr/s/${step.slug}/`);
		// The prose around it is never hydrated: no hydration comments outside the menu.
		const prose = html.slice(0, html.indexOf('<div data-share-menu'));
		expect(prose).toContain('</p>');
		expect(prose).not.toContain('<!--');
	});

	it('puts the sections after the story in theirs, with their styles once in the head', () => {
		const html = insertStaticRegions(
			page(`${afterStoryMarker('en')}${stepBodyMarker('en', bundle.stories.en.steps[0]!.slug)}`)
		);
		for (const id of ['claims', 'disagreements', 'methodology']) {
			expect(html).toContain(`id="${id}"`);
		}
		const head = html.slice(0, html.indexOf('</head>'));
		const styles = [...head.matchAll(/<style id="([^"]+)"/g)].map((m) => m[1]);
		expect(styles.length).toBeGreaterThan(0);
		expect(new Set(styles).size).toBe(styles.length);
		expect(html.slice(html.indexOf('</head>'))).not.toContain('<style');
	});

	it('puts the scrolled story in its marker, with each card’s prose and the first map', () => {
		const { steps } = bundle.stories.fr;
		const html = insertStaticRegions(page(`<main>${scrollyMarker('fr')}</main>`));
		expect(html).not.toContain('<!--static:');
		for (const step of steps) {
			expect(html.match(new RegExp(`<section[^>]* id="${step.slug}"`, 'g'))).toHaveLength(1);
		}
		const last = steps.at(-1)!.paragraphs[0]!.find((s) => s.kind === 'text');
		expect(html).toContain(last && 'text' in last ? last.text.slice(0, 40) : '');
		expect(html).toContain('<div data-static-part="map">');
		// The story is hydrated on its own, so its render keeps Svelte's hydration comments.
		const scrolly = html.slice(html.indexOf('<div data-static-part="scrolly">'));
		expect(scrolly).toMatch(/^<div data-static-part="scrolly"><!--\[-->/);
	});

	it('gives every id in the page’s static parts once', () => {
		const html = insertStaticRegions(page(scrollyMarker('en') + afterStoryMarker('en')));
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('wraps each part in one element, so hydration keeps all of it', () => {
		// Hydration adopts an {@html} block's nodes up to the first empty comment beside it.
		const markers = [
			afterStoryMarker('en'),
			scrollyMarker('en'),
			stepBodyMarker('en', bundle.stories.en.steps[5]!.slug)
		];
		for (const marker of markers) {
			const html = insertStaticRegions(page(`<!---->${marker}<!---->`));
			const inner = html.slice(
				html.indexOf('<body><!---->') + 13,
				html.lastIndexOf('<!----></body>')
			);
			expect(inner).toMatch(/^<div data-static-part="[a-z-]+">[^]*<\/div>$/);
			expect(closesAt(inner)).toBe(inner.length);
		}
	});

	it('leaves a page without markers as it is, and stops on a step that does not exist', () => {
		expect(insertStaticRegions(page('<p>x</p>'))).toBe(page('<p>x</p>'));
		expect(() => insertStaticRegions(page(stepBodyMarker('en', 'no-such-step')))).toThrow(
			/no-such-step/
		);
	});

	it('keeps prose out of the data a story page hydrates with', () => {
		const { story } = storyText('en');
		expect(story.sections).toBeNull();
		expect(story.intro).toEqual([]);
		expect(story.steps.every((s) => s.paragraphs.length === 0)).toBe(true);
		expect(story.steps.map((s) => s.slug)).toEqual(bundle.stories.en.steps.map((s) => s.slug));
	});
});
