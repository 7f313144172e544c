import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/lib/data/build';
import { compileTables, figureResolver } from '../../../src/lib/data/compile/tables';
import { checkStyle, STYLE_RULES } from '../../../src/lib/data/compile/style';
import type { Problem } from '../../../src/lib/data/compile/problems';
import { toCsv } from '../../../src/lib/data/compile/csv';
import { setCell, toFiles, validTables } from './fixtures/tables';

/**
 * The house-style checks of issue 20, each on a bad input (the error at its file and
 * line) and on the same input written well (no error). The story files are built line
 * by line, so a test knows the line it breaks.
 */
const EN = 'data/story/en.aml';
const FR = 'data/story/fr.aml';
const NBSP = '\u00a0';
const NNBSP = '\u202f';

function story(...text: string[]): string {
	return ['headline: H', 'dek: D', '', '[steps]', 'slug: toll', 'date: 2018-07-26', 'title: Toll', 'text: Intro.', ...text, ':end', '[]', ''].join('\n');
}
/** Line of the first extra text line in `story()`. */
const FIRST = 9;

function run(files: Record<string, string>, rules: readonly string[] = STYLE_RULES): Problem[] {
	const { dataset } = compileTables(files);
	const resolve = figureResolver(dataset);
	return checkStyle(files, resolve, new Set(rules));
}

function withStories(en: string, fr = story('Intro.'), tables = validTables()): Record<string, string> {
	return { ...toFiles(tables), [EN]: en, [FR]: fr };
}

function expectProblem(problems: Problem[], file: string, line: number, message: RegExp) {
	expect(problems, JSON.stringify(problems, null, 1)).toContainEqual(
		expect.objectContaining({ file, line, message: expect.stringMatching(message) })
	);
}

describe('a figure’s qualifier comes from its row, never from the prose before it', () => {
	it('rejects a qualifier the figure already prints ("Up to up to")', () => {
		const problems = run(withStories(story('Nothing.', 'At least {sweida_toll@2018-07-26#attackers_killed} attackers died.')));
		expectProblem(problems, EN, FIRST + 1, /^doubled-qualifier: "At least \{sweida_toll@2018-07-26#attackers_killed\}" prints "At least (more than|at least) 45"/);
	});

	it('rejects a qualifier in French too', () => {
		const fr = story(`Au moins {sweida_toll@2018-07-26#attackers_killed} assaillants sont tués.`);
		expectProblem(run(withStories(story('x'), fr)), FR, FIRST, /^doubled-qualifier: "Au moins \{/);
	});

	it('rejects a qualifier the row does not carry ("about" before a bare number)', () => {
		const problems = run(withStories(story('About {sweida_hostages@2018-11-08#hostages_freed} were freed.')));
		expectProblem(problems, EN, FIRST, /^prose-qualifier: "About \{sweida_hostages@2018-11-08#hostages_freed\}": a figure's qualifier comes from its series.csv row/);
	});

	it('accepts a figure that brings its own words, and words that are not qualifiers', () => {
		const problems = run(
			withStories(
				story(
					'In all, {sweida_toll@2018-07-26#attackers_killed} attackers died, and {sweida_hostages@2018-11-08#hostages_freed} hostages were freed.',
					'It held {daraa_gov_control_pct@2018-07} of the province.'
				)
			)
		);
		expect(problems).toEqual([]);
	});
});

describe('numbers under ten are words in running text', () => {
	it('rejects a digit under ten, in a story and in a table’s prose', () => {
		const tables = setCell(validTables(), 'data/claims.csv', 2, 'now_en', 'The group kept 3 villages.');
		const problems = run(withStories(story('Gunmen killed 7 men.'), story('x'), tables));
		expectProblem(problems, EN, FIRST, /^digit-under-ten: "7" in running text: write numbers under ten in words \("seven"\)/);
		expectProblem(problems, 'data/claims.csv', 2, /^digit-under-ten: "3" .*\("three"\)/);
	});

	it('rejects it in French', () => {
		expectProblem(run(withStories(story('x'), story('Ils tuent 7 hommes.'))), FR, FIRST, /\("sept"\)/);
	});

	it('keeps digits in dates, times, percentages, units, counters and larger numbers', () => {
		const en = story(
			'On 6 July, at 9:30, the group held 6.6% of the province, 5 km from the border; claim 4 and step 3 say so.',
			'July 9 was the day; 1,500 people and 12 villages; OCHA situation report 2; the M5 highway; 2–3 km.'
		);
		const fr = story(`Le 1er août, 3${NNBSP}% du territoire, 1${NNBSP}500 personnes, 9${NNBSP}km.`);
		expect(run(withStories(en, fr))).toEqual([]);
	});
});

describe('typographic quotes and apostrophes', () => {
	it('rejects straight apostrophes and quotes, with where they are', () => {
		const tables = setCell(validTables(), 'data/claims.csv', 2, 'text_en', 'SOHR\'s "hundreds" were wrong.');
		const problems = run(withStories(story('The army\'s advance.'), story('x'), tables));
		expectProblem(problems, EN, FIRST, /^straight-quote: straight apostrophe ': write ’/);
		expectProblem(problems, 'data/claims.csv', 2, /^straight-quote: straight quote ": write “ ”/);
		expect(problems.filter((p) => p.file === 'data/claims.csv')).toHaveLength(3);
	});

	it('accepts curly ones, and ignores quotes inside a link address', () => {
		const en = story('The army’s “advance”, as [SANA’s report](https://example.org/?q=\'x\') said.');
		expect(run(withStories(en))).toEqual([]);
	});
});

describe('French no-break spaces', () => {
	it('rejects an ordinary space, or none, before : ; ? ! » and after «, and in numbers', () => {
		const fr = story('Il dit : non ; pourquoi ? Assez!', '« Un accord » fut signé.', 'Soit 285 000 personnes et 30 % du territoire.');
		const problems = run(withStories(story('x'), fr));
		expect(problems.map((p) => `${p.line} ${p.message.slice(0, 60)}`)).toEqual([
			`${FIRST} french-space: the space before ":" must be a no-break space `,
			`${FIRST} french-space: the space before ";" must be a no-break space `,
			`${FIRST} french-space: the space before "?" must be a no-break space `,
			`${FIRST} french-space: "!" needs a no-break space (U+202F or U+00A0) `,
			`${FIRST + 1} french-space: the space before "»" must be a no-break space `,
			`${FIRST + 1} french-space: "«" needs a no-break space (U+202F or U+00A0) `,
			`${FIRST + 2} french-space: "285 000": digit groups are separated by a nar`,
			`${FIRST + 2} french-space: the space before "%" must be a no-break space `
		]);
	});

	it('accepts no-break spaces, times and the English edition’s own rules', () => {
		const fr = story(
			`Il dit${NBSP}: non${NNBSP}; pourquoi${NNBSP}? Assez${NNBSP}!`,
			`«${NNBSP}Un accord${NNBSP}» à 10:30, soit 285${NNBSP}000 personnes et 30${NNBSP}% du territoire.`
		);
		expect(run(withStories(story('He said: no; why? Enough!'), fr))).toEqual([]);
	});

	it('checks the French columns of the tables, not the English ones', () => {
		const tables = setCell(validTables(), 'data/claims.csv', 2, 'text_fr', 'Plus de 250 morts : bilan.');
		setCell(tables, 'data/claims.csv', 2, 'text_en', 'More than 250 killed : toll.');
		const problems = run(withStories(story('x'), story('x'), tables));
		expect(problems).toEqual([
			expect.objectContaining({ file: 'data/claims.csv', line: 2, message: expect.stringMatching(/^french-space: .*":"/) })
		]);
	});

	it('checks the corrections printed after the story, in French as in the story', () => {
		const tables = setCell(validTables(), 'data/corrections.csv', 2, 'why_fr', 'Le chiffre était faux ; il est corrigé.');
		const problems = run(withStories(story('x'), story('x'), tables));
		expect(problems).toEqual([
			expect.objectContaining({ file: 'data/corrections.csv', line: 2, message: expect.stringMatching(/^french-space: .*";"/) })
		]);
	});
});

describe('source labels name publishers, not servers or mirrors', () => {
	const mirrors = toCsv(['site', 'reason'], [['movatter', 'a proxy that re-serves Wikipedia pages']]);

	it('rejects a bare IP address and a known mirror as publisher or via', () => {
		const tables = setCell(validTables(), 'data/sources.csv', 2, 'via', '34.80.245.248');
		setCell(tables, 'data/sources.csv', 3, 'via', 'movatter');
		const problems = run({ ...withStories(story('x'), story('x'), tables), 'data/mirror-sites.csv': mirrors });
		expectProblem(problems, 'data/sources.csv', 2, /^source-label: via "34\.80\.245\.248" is a bare IP address/);
		expectProblem(problems, 'data/sources.csv', 3, /^source-label: via "movatter" names movatter, a mirror or proxy site \(a proxy that re-serves Wikipedia pages; data\/mirror-sites\.csv:2\)/);
	});

	it('accepts a republisher’s name', () => {
		const tables = setCell(validTables(), 'data/sources.csv', 2, 'via', 'The News');
		expect(run({ ...withStories(story('x'), story('x'), tables), 'data/mirror-sites.csv': mirrors })).toEqual([]);
	});
});

describe('listed exceptions', () => {
	const exceptions = (...rows: string[][]) => toCsv(['file', 'rule', 'text', 'reason'], rows);

	it('waive the one place they name, with a reason, and nothing else', () => {
		const en = story('Resolution 2 of 9 was adopted; 4 men died.');
		const files = {
			...withStories(en),
			'data/style-exceptions.csv': exceptions([EN, 'digit-under-ten', 'Resolution 2 of 9', 'the resolution’s own numbering'])
		};
		const problems = run(files);
		expect(problems).toHaveLength(1);
		expectProblem(problems, EN, FIRST, /^digit-under-ten: "4"/);
	});

	it('are errors when they cover nothing or give no reason', () => {
		const files = {
			...withStories(story('Nothing here.')),
			'data/style-exceptions.csv': exceptions(
				[EN, 'digit-under-ten', 'Resolution 2', 'numbering'],
				[EN, 'straight-quote', "it's", ''],
				[EN, 'no-such-rule', 'x', 'why']
			)
		};
		const problems = run(files);
		expectProblem(problems, 'data/style-exceptions.csv', 2, /covers nothing; delete it/);
		expectProblem(problems, 'data/style-exceptions.csv', 3, /needs its reason/);
		expectProblem(problems, 'data/style-exceptions.csv', 4, /rule "no-such-rule" is not one of/);
	});
});

describe('a change of control claimed by one side says who claims it', () => {
	it('rejects a claimed change with no claimant, and a claimant on a confirmed change', () => {
		const tables = setCell(validTables(), 'data/control.csv', 4, 'claimed_by', '');
		setCell(tables, 'data/control.csv', 2, 'claimed_by', 'government');
		const { problems } = compileTables(toFiles(tables));
		expectProblem(problems, 'data/control.csv', 4, /kahil: a change claimed by one side only needs claimed_by: who announced it/);
		expectProblem(problems, 'data/control.csv', 2, /claimed_by is only for a change claimed by one side/);
	});

	it('rejects a claim on a row where nothing changes, and an unknown claimant', () => {
		const tables = setCell(validTables(), 'data/control.csv', 3, 'confirmation', 'claimed');
		setCell(tables, 'data/control.csv', 3, 'claimed_by', 'jkw');
		setCell(tables, 'data/control.csv', 4, 'claimed_by', 'someone');
		const { problems } = compileTables(toFiles(tables));
		expectProblem(problems, 'data/control.csv', 3, /confirmation is claimed but the controller does not change/);
		expectProblem(problems, 'data/control.csv', 4, /claimed_by: must be empty or one of: jkw, government/);
	});

	it('keeps the claimant with the row', () => {
		const { dataset, problems } = compileTables(toFiles(validTables()));
		expect(problems).toEqual([]);
		expect(dataset.control.find((c) => c.date_changed === '2018-07-20')).toMatchObject({
			confirmation: 'claimed',
			claimed_by: 'jkw'
		});
		expect(dataset.control[0]).toMatchObject({ confirmation: 'confirmed', claimed_by: null });
	});
});

describe('the story and tables in data/', () => {
	const files = readInputs(join(import.meta.dirname, '../../..'));

	it('follow the house style, with every exception listed and used', () => {
		expect(run(files)).toEqual([]);
	});

	it('list the mirror sites a source label may not name', () => {
		expect(files['data/mirror-sites.csv']?.split('\n').length).toBeGreaterThan(10);
	});
});
