/**
 * `npm run data`: reads every table and story file in data/, validates and joins
 * them, and writes src/lib/generated/bundle.json. On any problem it prints every
 * `file:line: reason`, exits 1 and leaves the previous bundle untouched.
 */
import { join, relative } from 'node:path';
import { buildBundle } from '../src/lib/data/build';
import { formatProblem } from '../src/lib/data/compile/problems';

const root = join(import.meta.dirname, '..');
const outFile = join(root, 'src/lib/generated/bundle.json');

const result = buildBundle(root, outFile);
if (!result.ok) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	console.error(
		`data: ${result.problems.length} problem(s); ${relative(root, outFile)} left unchanged`
	);
	process.exit(1);
}
const { dataset, stories } = result.bundle;
console.log(
	`data: ${dataset.events.length} events, ${dataset.places.length} places, ` +
		`${dataset.sources.length} sources, ${dataset.series.length} series points, ` +
		`${dataset.control.length} control rows, ${dataset.claims.length} claims, ` +
		`${stories.en.steps.length} steps -> ${relative(root, outFile)}`
);
