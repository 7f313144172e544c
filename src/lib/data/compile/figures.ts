import type { Figure } from '../types';

/**
 * Event figures are written in one cell, separated by `;`:
 *
 *     name=VALUE UNIT (note)
 *
 * - name: lowercase letters, digits, underscores (`killed`, `near_golan`)
 * - VALUE: `250` exact, `~250` about, `>250` at least ("more than"), `<250` at most
 *   ("up to", "less than"), `200-250` a range, `~200-250` an approximate range.
 *   Plain digits with an optional decimal point; no thousands separators.
 * - UNIT: required, lowercase (`people`, `civilians`, `fighters`, `buses`, `km2`, `usd`);
 *   `percent` values must lie between 0 and 100.
 * - (note): optional, usually who gives the number (`(SOHR)`).
 *
 * Example: `killed=>250 people (SOHR via AFP); displaced=285000-325000 people (OCHA)`
 */
const FIGURE =
	/^([a-z][a-z0-9_]*)=(~)?([<>])?(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?(?:\s+([a-z][a-z0-9_]*))?(?:\s+\((.*)\))?$/;

export const PERCENT_UNIT = /^percent/;

export function parseFigures(cell: string): { figures: Figure[]; errors: string[] } {
	const figures: Figure[] = [];
	const errors: string[] = [];
	for (const part of cell.split(';').map((p) => p.trim())) {
		if (!part) continue;
		const m = part.match(FIGURE);
		if (!m) {
			errors.push(`malformed figure "${part}" (expected name=VALUE unit, e.g. killed=>250 people)`);
			continue;
		}
		const [, name, tilde, sign, a, b, unit, note] = m;
		if (!unit) {
			errors.push(`figure "${part}" has no unit`);
			continue;
		}
		if (sign && b) {
			errors.push(`figure "${part}" mixes ${sign} with a range`);
			continue;
		}
		const first = Number(a);
		const second = b === undefined ? null : Number(b);
		if (second !== null && second < first) {
			errors.push(`figure "${part}": range low ${first} is above high ${second}`);
			continue;
		}
		const bound = second !== null ? 'range' : sign === '>' ? 'at-least' : sign === '<' ? 'at-most' : 'exact';
		const figure: Figure = {
			name: name!,
			value: first,
			low: bound === 'range' || bound === 'at-least' ? first : null,
			high: bound === 'range' ? second : bound === 'at-most' ? first : null,
			bound,
			approx: tilde === '~',
			unit,
			note: note?.trim() ?? ''
		};
		if (PERCENT_UNIT.test(unit) && [figure.value, figure.high ?? 0].some((v) => v < 0 || v > 100)) {
			errors.push(`figure "${part}": a percentage must be between 0 and 100`);
			continue;
		}
		figures.push(figure);
	}
	return { figures, errors };
}

export function formatFigure(f: Figure): string {
	const sign = f.bound === 'at-least' ? '>' : f.bound === 'at-most' ? '<' : '';
	const value = f.bound === 'range' ? `${f.low}-${f.high}` : `${f.value}`;
	return `${f.name}=${f.approx ? '~' : ''}${sign}${value} ${f.unit}${f.note ? ` (${f.note})` : ''}`;
}
