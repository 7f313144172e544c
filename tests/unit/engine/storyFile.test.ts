import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/data/compile/story';

const context = {
	resolveFigure: (ref: string) =>
		ref === 'displaced@2018-07-04'
			? {
					ref,
					value: 320000,
					low: null,
					high: null,
					unit: 'people',
					bound: 'exact' as const,
					date: '2018-07-04',
					sources: []
				}
			: { error: 'no such series' },
	knownIds: new Set(['nasib', 'daraa'])
};

const header = `headline: H
dek: D
byline: B
published: 2018-08-01
updated: 2018-08-02
description: Desc
`;

function step(slug: string, extra = '') {
	return `slug: ${slug}
date: 2018-07-06
graphic: map
view: nasib
layers: control, labels
highlight: nasib
title: Title of ${slug}
text: Some text about {displaced@2018-07-04} people.
:end
alt: The map.
${extra}`;
}

function story(...steps: string[]) {
	return `${header}\n[steps]\n${steps.join('\n')}\n[]\n`;
}

const parse = (raw: string) => parseStory('data/story/en.aml', raw, 'en', context);

describe('the story file', () => {
	it('parses steps with their state and resolves figures', () => {
		const { story: parsed, problems } = parse(story(step('nasib-crossing')));
		expect(problems).toEqual([]);
		const first = parsed.steps[0]!;
		expect(first.state).toEqual({
			date: '2018-07-06',
			graphic: 'map',
			view: 'nasib',
			layers: ['control', 'labels'],
			highlight: ['nasib']
		});
		expect(first.paragraphs[0]?.find((s) => s.kind === 'figure')).toMatchObject({
			ref: 'displaced@2018-07-04'
		});
	});

	it('stops on a duplicated slug, naming the file and the line of the second one', () => {
		const raw = story(step('nasib-crossing'), step('nasib-crossing'));
		const { problems } = parse(raw);
		const line = raw.split('\n').lastIndexOf('slug: nasib-crossing') + 1;
		expect(problems).toContainEqual({
			file: 'data/story/en.aml',
			line,
			message: expect.stringContaining('duplicate slug')
		});
	});

	it('stops on an unknown state key, with its line', () => {
		const raw = story(step('nasib-crossing', 'veiw: south'));
		const { problems } = parse(raw);
		expect(problems).toContainEqual({
			file: 'data/story/en.aml',
			line: raw.split('\n').indexOf('veiw: south') + 1,
			message: 'unknown step key "veiw"'
		});
	});

	it('stops on an unknown view, layer, graphic or highlight', () => {
		const raw = story(step('a-step').replace('view: nasib', 'view: mars'));
		expect(parse(raw).problems[0]).toMatchObject({
			line: raw.split('\n').indexOf('view: mars') + 1,
			message: expect.stringContaining('unknown view "mars"')
		});
		expect(
			parse(story(step('a-step').replace('layers: control', 'layers: lava'))).problems[0]?.message
		).toContain('unknown layer "lava"');
		expect(
			parse(story(step('a-step').replace('graphic: map', 'graphic: pie'))).problems[0]?.message
		).toContain('unknown graphic "pie"');
		expect(
			parse(story(step('a-step').replace('highlight: nasib', 'highlight: atlantis'))).problems[0]
				?.message
		).toContain('"atlantis" is not a place or event id');
	});

	it('stops on a slug that is not lowercase-hyphenated, and on a figure that does not exist', () => {
		expect(parse(story(step('Step 7'))).problems[0]?.message).toContain('slug "Step 7"');
		const raw = story(step('a-step').replace('{displaced@2018-07-04}', '{displaced@1999-01-01}'));
		expect(parse(raw).problems).toContainEqual({
			file: 'data/story/en.aml',
			line: raw.split('\n').findIndex((l) => l.startsWith('text:')) + 1,
			message: expect.stringContaining('unknown figure reference {displaced@1999-01-01}')
		});
	});

	it('reports every problem, not just the first', () => {
		const raw = story(step('ok-step').replace('date: 2018-07-06', 'date: 2018-02-30'), step('Bad'));
		expect(parse(raw).problems.length).toBeGreaterThanOrEqual(2);
	});
});
