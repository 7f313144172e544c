import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Bundle } from './types';
import { compileBundle } from './compile/bundle';
import { CompileError, type Problem } from './compile/problems';

/** Every `.csv`, `.aml` and `.md` under `dataDir`, keyed by path relative to `root`. */
export function readInputs(root: string, dataDir = join(root, 'data')): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dataDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.(csv|aml|md)$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}

/** Writes through a temp file and a rename, so readers never see a half-written file. */
export function writeAtomic(file: string, contents: string): void {
	mkdirSync(dirname(file), { recursive: true });
	const temp = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, contents);
		renameSync(temp, file);
	} finally {
		rmSync(temp, { force: true });
	}
}

/**
 * Compiles `root/data` into `outFile`. On any problem nothing is written and the
 * previous bundle stays as it was.
 */
export function buildBundle(
	root: string,
	outFile: string
): { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] } {
	let bundle: Bundle;
	try {
		bundle = compileBundle(readInputs(root));
	} catch (error) {
		if (error instanceof CompileError) return { ok: false, problems: error.problems };
		throw error;
	}
	writeAtomic(outFile, JSON.stringify(bundle));
	return { ok: true, bundle };
}
