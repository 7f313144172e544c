/** The words the charts write, in each edition: agreement, typography, grammar. */
import { describe, expect, it } from 'vitest';
import { hostageKey } from '$lib/charts/caption';
import { bundle, drawStep } from './render';

const chartSteps = (locale: 'en' | 'fr' | 'ar') =>
	bundle.stories[locale].steps.filter((s) => s.state.graphic !== 'map').map((s) => s.slug);

/** What a reader sees of a drawn chart: its text, without the markup. */
const words = (html: string) =>
	html
		.replace(/<(title|desc)\b[^>]*>[^<]*<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, '\u00a0');

describe('the chart words', () => {
	it('agree in French with who the hostage key counts', () => {
		// The two killed were a young man and a young woman; those freed, women and children.
		expect(hostageKey('killed', 2, 'fr').label).toBe('Tués par l’EI\u00a0:');
		expect(hostageKey('killed', 1, 'fr').label).toBe('Tué par l’EI\u00a0:');
		expect(hostageKey('freed:2018-10-20', 6, 'fr').label).toMatch(/^Libérés le 20/);
		expect(hostageKey('freed:2018-11-08', 19, 'fr').label).toMatch(/^Libérés le 8/);
		// The four who escaped and the two who died in captivity were women.
		expect(hostageKey('escaped', 4, 'fr').label).toBe('Évadées\u00a0:');
		expect(hostageKey('died', 2, 'fr').label).toBe('Mortes en captivité\u00a0:');
		expect(hostageKey('killed', 2, 'en').label).toBe('Killed by IS');
	});

	it('set a thin space before every French colon and write no anglicism or double preposition', () => {
		for (const slug of chartSteps('fr')) {
			for (const size of [
				{ width: 295, height: 132 },
				{ width: 609, height: 598 }
			]) {
				const text = words(drawStep('fr', slug, size));
				expect(text, slug).not.toMatch(/[^\s\u00a0\u202f]:/);
				expect(text, slug).not.toMatch(/à jusqu|à date\b/);
			}
		}
	});

	it('write Arabic commas and keep an Arabic month pair on one line', () => {
		for (const slug of chartSteps('ar')) {
			const html = drawStep('ar', slug, { width: 350, height: 199 });
			expect(words(html), slug).not.toMatch(/[\u0600-\u06ff], /);
			const title = /<p class="title\b[^>]*>([^<]*)/.exec(html)![1]!;
			for (const pair of title.matchAll(/[\u0621-\u064a]\/(.)/g))
				expect(pair[1], `${slug}: ${pair[0]}`).toBe('\u2060');
		}
	});
});
