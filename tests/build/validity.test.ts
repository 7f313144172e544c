/**
 * The Nu Html Checker (the W3C validator, run locally from the vnu-jar package)
 * reports no errors on any built page. Java comes from Debian's
 * default-jre-headless; `scripts/ensure-java.js` installs it before this runs.
 *
 * Its CSS checker predates container queries, `@property`, `cqi` units and SVG
 * properties such as `paint-order`, and reports them as errors; since the stylesheets
 * are inlined into the pages (kit.inlineStyleThreshold) it sees them, so CSS messages are
 * left to svelte-check and the browser tests, and the checker judges the HTML.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILD, htmlFiles } from './site';

const VNU_JAR = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/** Runs the checker once over all pages (one JVM start) and returns its messages. */
function validate(files: string[]): VnuMessage[] {
	let output: string;
	try {
		output = execFileSync(
			process.env.JAVA ?? 'java',
			['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--stdout', ...files],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
		);
	} catch (error) {
		// vnu exits 1 when it finds errors; its report is still on stdout.
		const failed = error as { stdout?: string; message: string };
		if (!failed.stdout) throw new Error(`could not run the Nu Html Checker: ${failed.message}`);
		output = failed.stdout;
	}
	return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
}

test('the Nu Html Checker finds no errors in any built page', () => {
	const files = htmlFiles().map((file) => join(BUILD, file));
	expect(files.length).toBeGreaterThanOrEqual(2);
	const errors = validate(files)
		.filter((m) => m.type !== 'info' && !m.message.startsWith('CSS: '))
		.map((m) => `${m.url?.split('/build/').at(-1)}:${m.lastLine}: ${m.message}`);
	expect(errors).toEqual([]);
});
