import { z } from 'zod';
import { SLUG, day, dayList, id, list, oneOf, optionalDay, optionalNumber, optionalOneOf, required } from './schemas';

/**
 * One column of a published table, described once: how the compile reads and checks its
 * cell in data/ (`parse`; absent for a column the compile derives), how the download writes
 * it back from the compiled record (`cell`), and what datapackage.json says of it (the rest:
 * a Frictionless Table Schema field). The compile, the CSV downloads and the data package
 * all read these, so a column cannot be added, renamed or retyped in one of them alone.
 */
export interface Column<Rec> extends Field {
	parse?: z.ZodType;
	cell: (record: Rec) => string;
}

/** The Frictionless (Table Schema v2) field properties we use. */
export interface Field {
	type: 'string' | 'integer' | 'number' | 'date' | 'list';
	description: string;
	/** How a `list` cell is split, and what each item is. */
	delimiter?: string;
	itemType?: 'string' | 'date';
	/** Not a Table Schema property: the unit of a number, for a reader of the package. */
	unit?: string;
	constraints?: {
		required?: boolean;
		unique?: boolean;
		enum?: readonly string[];
		pattern?: string;
	};
}

export type Columns<Rec> = Record<string, Column<Rec>>;

/** Fixes the record type once, so each column's `cell` is checked against it. */
export const columnsOf =
	<Rec>() =>
	<C extends Columns<Rec>>(columns: C): C =>
		columns;

type Parsers<C> = {
	[K in keyof C as C[K] extends { parse: z.ZodType } ? K : never]: C[K] extends {
		parse: infer P extends z.ZodType;
	}
		? P
		: never;
};

/** The columns a data/ table must have (derived columns are only in the download). */
export function inputColumns(columns: Columns<never>): string[] {
	return Object.keys(columns).filter((name) => columns[name]!.parse);
}

/** The zod schema of one data/ row, from the columns that are read. */
export function rowSchema<C extends Columns<never>>(columns: C) {
	const shape = Object.fromEntries(
		Object.entries(columns).flatMap(([name, c]) => (c.parse ? [[name, c.parse]] : []))
	);
	return z.object(shape as Parsers<C>);
}

/** The download's header and rows, in column order. */
export function tableRows<Rec>(columns: Columns<Rec>, records: readonly Rec[]) {
	const cols = Object.values(columns);
	return { header: Object.keys(columns), rows: records.map((r) => cols.map((c) => c.cell(r))) };
}

/**
 * The Table Schema field of each column. The published Data Package v2 profile has no
 * `list` type yet, so a list is a string whose description says how it is split.
 */
export function fields(columns: Columns<never>) {
	return Object.entries(columns).map(([name, c]) => {
		const field: Field = { type: c.type, description: c.description };
		if (c.unit) field.unit = c.unit;
		if (c.constraints) field.constraints = c.constraints;
		const { delimiter, itemType } = c;
		if (field.type !== 'list') return { name, ...field };
		const items = itemType === 'date' ? 'days (YYYY-MM-DD)' : 'items';
		return { name, ...field, type: 'string', description: `${field.description}; ${items} separated by "${delimiter}"` };
	});
}

/** Cell writers shared by the tables. */
export const cell = {
	list: (values: readonly string[]) => values.join(';'),
	orEmpty: (value: string | number | null) => (value === null ? '' : String(value))
};

/*
 * Kinds of column: each pairs a parser with the field type and constraints it enforces, so
 * the package states exactly what the compile checks. Spread one into a column and add its
 * description and cell.
 */
const LIST = { type: 'list', delimiter: ';' } as const;

export const kind = {
	/** A slug id. */
	id: { parse: id, type: 'string', constraints: { required: true, pattern: SLUG.source } },
	/** Free text that must not be empty. */
	required: (what: string) => ({ parse: required(what), type: 'string', constraints: { required: true } }) as const,
	/** Free text, may be empty. */
	text: { parse: z.string().trim(), type: 'string' },
	choice: <T extends readonly [string, ...string[]]>(values: T) =>
		({ parse: oneOf(values), type: 'string', constraints: { required: true, enum: values } }) as const,
	optionalChoice: <T extends readonly [string, ...string[]]>(values: T) =>
		({ parse: optionalOneOf(values), type: 'string', constraints: { enum: values } }) as const,
	/** A day in the story's range, YYYY-MM-DD. */
	day: { parse: day(), type: 'date', constraints: { required: true } },
	optionalDay: { parse: optionalDay(), type: 'date' },
	/** `;`-separated days. */
	days: { parse: dayList(), ...LIST, itemType: 'date' },
	/** `;`-separated ids or words. */
	list: { parse: list, ...LIST, itemType: 'string' },
	number: { parse: optionalNumber, type: 'number' }
} as const;
