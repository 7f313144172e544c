/** A located problem in an input file: the compile collects all of them before failing. */
export interface Problem {
	file: string;
	line: number;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}: ${p.message}`;
}

export class CompileError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'CompileError';
	}
}
