import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../../src/lib/data/compile/bundle';
import { CompileError } from '../../../src/lib/data/compile/problems';
import { readInputs } from '../../../src/lib/data/build';
import type { Bundle, DatasetEvent } from '../../../src/lib/data/types';
import type { Paragraph, Story } from '../../../src/lib/story/types';
import { sectionsData } from '../../../src/lib/server/sections';
import { formatFigure } from '../../../src/lib/story/format';

const files = readInputs(process.cwd());
const bundle: Bundle = compileBundle(files);
const { en, fr } = bundle.stories;
const events = new Map(bundle.dataset.events.map((e) => [e.id, e]));

function segments(story: Story): Paragraph[] {
	return [
		...story.intro,
		...story.steps.flatMap((s) => s.paragraphs),
		...(story.sections
			? [
					...story.sections.claims.intro,
					...story.sections.disagreements.intro,
					...story.sections.disagreements.parts.flatMap((p) => p.text),
					...story.sections.methodology.intro,
					...story.sections.methodology.parts.flatMap((p) => p.text)
				]
			: [])
	];
}

function plain(paragraph: Paragraph): string {
	return paragraph
		.map((s) => (s.kind === 'figure' ? 'N' : s.text))
		.join('')
		.trim();
}

function covers(event: DatasetEvent, date: string): boolean {
	return (
		(event.date <= date && date <= (event.date_end ?? event.date)) || event.alt_dates.includes(date)
	);
}

/** Steps whose clock is not the day of one of their events, and why. */
const JUSTIFIED: Record<string, string> = {
	'the-cost': 'a summary of interim tolls, shown on the day the pocket ended',
	'hostages-taken':
		'the abduction of 25 July, shown on 30 July, when the Observatory reported the escapes and deaths the text counts, so the chart draws the same numbers'
};

describe('the story', () => {
	it('has 25 to 40 steps with the same slugs, order and state in both editions', () => {
		expect(en.steps.length).toBeGreaterThanOrEqual(25);
		expect(en.steps.length).toBeLessThanOrEqual(40);
		expect(fr.steps.map((s) => s.slug)).toEqual(en.steps.map((s) => s.slug));
		expect(fr.steps.map((s) => s.state)).toEqual(en.steps.map((s) => s.state));
	});

	it('keeps the slugs other tests and readers link to', () => {
		const slugs = en.steps.map((s) => s.slug);
		for (const slug of [
			'daraa-al-balad-flag',
			'offensive-begins',
			'quneitra-deal',
			'russian-air-power',
			'july-6-deal',
			'quneitra-offensive',
			'nasib-crossing'
		]) {
			expect(slugs).toContain(slug);
		}
	});

	it('dates every step on a day one of its highlighted events covers (or says why not)', () => {
		const wrong: string[] = [];
		for (const step of en.steps) {
			const highlighted = step.state.highlight.flatMap((id) => events.get(id) ?? []);
			if (JUSTIFIED[step.slug]) continue;
			if (!highlighted.some((e) => covers(e, step.state.date))) {
				wrong.push(
					`${step.slug} (${step.state.date}): ${highlighted.map((e) => `${e.id} ${e.date}`).join(', ')}`
				);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('uses every graphic at least once, and maps for most steps', () => {
		const graphics = new Set(en.steps.map((s) => s.state.graphic));
		for (const g of [
			'map',
			'timeline',
			'displacement',
			'control-share',
			'civilian-deaths',
			'sweida-toll',
			'evacuations',
			'hostages',
			'pocket'
		]) {
			expect(graphics, g).toContain(g);
		}
		const maps = en.steps.filter((s) => s.state.graphic === 'map').length;
		expect(maps).toBeGreaterThan(en.steps.length / 2);
	});

	it('cites the same dataset figures in both editions, step by step', () => {
		const refs = (story: Story) =>
			story.steps.map((s) =>
				s.paragraphs
					.flat()
					.flatMap((seg) => (seg.kind === 'figure' ? [seg.ref] : []))
					.sort()
			);
		expect(refs(fr)).toEqual(refs(en));
		expect(refs(en).flat().length).toBeGreaterThan(50);
	});

	it('writes no number in step prose that does not come from the dataset, except dates and years', () => {
		const loose: string[] = [];
		for (const step of en.steps) {
			for (const p of step.paragraphs) {
				const text = plain(p)
					// dates ("19 June", "23 and 24 June", "21 to 22 July"), years, the G20 and the Su-22
					.replace(
						/\b\d{1,2}( (and|to|or) \d{1,2})? (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
						''
					)
					.replace(/\b(19|20)\d\d\b/g, '')
					.replace(/G20|Su-22|Sweida24|Suwayda 24/g, '');
				const found = text.match(/\d+/g);
				if (found) loose.push(`${step.slug}: ${found.join(', ')}`);
			}
		}
		expect(loose).toEqual([]);
	});

	it('reads in about ten minutes', () => {
		const words = en.steps
			.flatMap((s) => s.paragraphs.map(plain))
			.join(' ')
			.split(/\s+/).length;
		// 230 words a minute: 8 to 13 minutes for the scrolled part.
		expect(words).toBeGreaterThan(1800);
		expect(words).toBeLessThan(3000);
		for (const step of en.steps) {
			const n = step.paragraphs.map(plain).join(' ').split(/\s+/).length;
			expect(n, step.slug).toBeGreaterThanOrEqual(50);
			expect(n, step.slug).toBeLessThanOrEqual(125);
		}
	});

	it('uses French typography in the French edition', () => {
		const texts = [
			fr.meta.headline,
			fr.meta.dek,
			fr.meta.description,
			...segments(fr).map(plain),
			...fr.steps.flatMap((s) => [s.title, s.alt])
		];
		const figures = fr.steps
			.flatMap((s) => s.paragraphs.flat())
			.flatMap((s) => (s.kind === 'figure' ? [formatFigure(s.figure, 'fr')] : []));
		expect(figures.length).toBeGreaterThan(20);
		const bad = [...texts, ...Object.values(fr.ui), ...figures].filter((t) =>
			/ [;:!?»]|« |'/.test(t)
		);
		expect(bad).toEqual([]);
		// AFP spellings, not the English ones
		const all = texts.join(' ');
		expect(all).not.toMatch(/\b(Daraa|Quneitra|Sweida|SOHR|Khalid ibn)\b/);
		expect(all).toMatch(/Deraa/);
		expect(all).toMatch(/Armée Khaled Ben al-Walid/);
	});

	it('uses the typographic apostrophe in the French text of the dataset', () => {
		const texts = [
			...bundle.dataset.events.map((e) => e.summary.fr),
			...bundle.dataset.claims.flatMap((c) => [c.text.fr, c.now.fr]),
			...bundle.disagreements.flatMap((d) => [d.says.fr, d.who.fr])
		];
		expect(texts.length).toBeGreaterThan(100);
		expect(texts.filter((t) => t.includes("'"))).toEqual([]);
	});

	it('has no placeholder text left', () => {
		for (const story of [en, fr]) {
			const all = [story.meta.headline, story.meta.dek, ...segments(story).map(plain)].join(' ');
			expect(all).not.toMatch(/TODO|TK|lorem|placeholder|XXX/i);
		}
	});
});

describe('the sections after the story', () => {
	it('are written in both editions with the same topics and parts', () => {
		for (const story of [en, fr]) {
			expect(story.sections).not.toBeNull();
			expect(story.sections!.claims.title).not.toBe('');
		}
		expect(fr.sections!.disagreements.parts.map((p) => p.id)).toEqual(
			en.sections!.disagreements.parts.map((p) => p.id)
		);
	});

	it('list every claim of the report with a status and what we know now', () => {
		const data = sectionsData(bundle, 'fr');
		expect(data.claims.map((c) => c.number)).toEqual(
			[...bundle.dataset.claims].map((c) => c.number).sort((a, b) => a - b)
		);
		for (const c of data.claims) {
			expect(c.now).not.toBe('');
			expect(c.sources.length, c.id).toBeGreaterThan(0);
		}
		const headline = data.claims.find((c) => c.id === 'claim-23-agreement-headline')!;
		expect(headline.status).not.toBe('corroborated');
	});

	it('show at least two versions for each disputed topic, on the topics the brief asks for', () => {
		const data = sectionsData(bundle, 'en');
		const topics = en.sections!.disagreements.parts.map((p) => p.id);
		for (const t of [
			'start-date',
			'nasib-date',
			'pocket-end',
			'last-fighters',
			'sweida-toll',
			'hostage-counts'
		]) {
			expect(topics).toContain(t);
		}
		for (const t of topics) expect(data.versions[t]!.length, t).toBeGreaterThanOrEqual(2);
	});

	it('list every source in the dataset in the methodology', () => {
		const listed = sectionsData(bundle, 'en').sourceGroups.flatMap((g) =>
			g.sources.map((s) => s.id)
		);
		expect(listed.sort()).toEqual(bundle.dataset.sources.map((s) => s.id).sort());
		expect(new Set(listed).size).toBe(listed.length);
	});
});

describe('the disagreements table', () => {
	function compileWith(edit: (csv: string) => string) {
		const changed = { ...files, 'data/disagreements.csv': edit(files['data/disagreements.csv']!) };
		try {
			compileBundle(changed);
			return [];
		} catch (e) {
			if (e instanceof CompileError)
				return e.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
			throw e;
		}
	}

	it('rejects a date the events table does not give for the event, with its line', () => {
		const problems = compileWith((csv) =>
			csv.replace('start-date,2018-06-18,', 'start-date,2018-06-15,')
		);
		expect(problems).toEqual([
			expect.stringMatching(
				/^data\/disagreements\.csv:3: start-date: date 2018-06-15 is not a date events\.csv gives/
			)
		]);
	});

	it('rejects a topic the story files do not write up', () => {
		const problems = compileWith((csv) =>
			csv.replace('\nnasib-date,2018-07-09,', '\nnasib-day,2018-07-09,')
		);
		expect(
			problems.some((p) =>
				/disagreements\.csv:7: topic "nasib-day" is not in \[disagreementTopics\]/.test(p)
			)
		).toBe(true);
		expect(problems.some((p) => /en\.aml:\d+: topic "nasib-date" has 1 version/.test(p))).toBe(
			true
		);
	});

	it('rejects an unknown figure reference', () => {
		const problems = compileWith((csv) =>
			csv.replace('sweida_toll@2018-10-19#people_killed', 'sweida_toll@2018-10-18#people_killed')
		);
		expect(
			problems.some((p) =>
				/disagreements\.csv:\d+: sweida-toll: figure sweida_toll@2018-10-18/.test(p)
			)
		).toBe(true);
	});
});
