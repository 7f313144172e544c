/**
 * `npm run data`: reads every table and story file in data/, validates and joins
 * them, and writes src/lib/generated/bundle.json. On any problem it prints every
 * `file:line: reason`, exits 1 and leaves the previous bundle untouched.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileBundle } from '../src/lib/data/compile/bundle';
import { CompileError } from '../src/lib/data/compile/problems';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'src/lib/generated');
const outFile = join(outDir, 'bundle.json');

function readInputs(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.(csv|aml|md)$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}

try {
	const bundle = compileBundle(readInputs(join(root, 'data')));
	mkdirSync(outDir, { recursive: true });
	const temp = `${outFile}.${process.pid}.tmp`;
	writeFileSync(temp, JSON.stringify(bundle));
	renameSync(temp, outFile);
	console.log(
		`data: ${bundle.dataset.events.length} events, ${bundle.dataset.places.length} places, ` +
			`${bundle.dataset.sources.length} sources, ${bundle.stories.en.steps.length} steps -> ${relative(root, outFile)}`
	);
} catch (error) {
	if (error instanceof CompileError) {
		console.error(error.message);
		console.error(`data: ${error.problems.length} problem(s); ${relative(root, outFile)} left unchanged`);
		process.exit(1);
	}
	throw error;
}
