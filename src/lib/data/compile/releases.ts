import { z } from 'zod';
import type { Release } from '../types';
import type { Problem } from './problems';
import { columnsOf, inputColumns, kind, rowSchema } from './columns';
import { SOURCE_END, STORY_START, day } from './schemas';
import { readTable } from './table';

export const RELEASES_FILE = 'data/releases.csv';
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * releases.csv: the dataset's changelog, one row per version, oldest first. The last row
 * is the dataset's version everywhere it is shown (the page, datapackage.json, README.txt).
 * A corrected figure bumps the patch, a new table or column the minor.
 */
export const RELEASE_COLUMNS = columnsOf<Release>()({
	version: {
		parse: z
			.string()
			.trim()
			.pipe(z.string().regex(SEMVER, { message: 'must be a semantic version (MAJOR.MINOR.PATCH)' })),
		type: 'string',
		constraints: { required: true, unique: true, pattern: SEMVER.source },
		description: 'Semantic version: a corrected figure bumps the patch, a new table or column the minor',
		cell: (r) => r.version
	},
	date: { ...kind.day, parse: day(STORY_START, SOURCE_END), description: 'Day the version was released', cell: (r) => r.date },
	changes: { ...kind.required('what changed in this version'), description: 'What changed', cell: (r) => r.changes }
});

const schema = rowSchema(RELEASE_COLUMNS);

const parts = (version: string) => version.split('.').map(Number);
function newer(a: string, b: string): boolean {
	const [x, y] = [parts(a), parts(b)];
	for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
	return false;
}

export function compileReleases(files: Record<string, string>, problems: Problem[]): Release[] {
	const file = RELEASES_FILE;
	const rows = readTable(files, file, inputColumns(RELEASE_COLUMNS), schema, problems);
	if (rows.length === 0 && files[file] !== undefined) problems.push({ file, line: 1, message: 'no release: the dataset needs a version' });
	rows.forEach(({ line, data }, i) => {
		const before = rows[i - 1]?.data;
		if (!before) return;
		if (!newer(data.version, before.version)) {
			problems.push({ file, line, message: `version ${data.version} is not newer than ${before.version} on the line above (oldest first)` });
		}
		if (data.date < before.date) problems.push({ file, line, message: `${data.date} is before ${before.date} on the line above` });
	});
	return rows.map(({ data }) => data);
}
