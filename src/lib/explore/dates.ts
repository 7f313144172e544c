/**
 * The explorer's calendar: from before the offensive (mid-June 2018) to well after its
 * end (the last change of control is on 1 August), in whole days, as UTC dates.
 */
export const EXPLORE_START = '2018-06-15';
export const EXPLORE_END = '2018-08-31';

/** The dates shown as static maps when the page runs no script. */
export const KEY_DATES = ['2018-06-18', '2018-07-06', '2018-07-15', '2018-08-01'] as const;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2018-02-30 is not one), or null. */
export function realDay(text: string): string | null {
	const match = ISO_DAY.exec(text);
	if (!match) return null;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
		? text
		: null;
}

export function inRange(day: string): boolean {
	return day >= EXPLORE_START && day <= EXPLORE_END;
}

/** Clamps a day into the explorer's range. */
export function clampDay(day: string): string {
	return day < EXPLORE_START ? EXPLORE_START : day > EXPLORE_END ? EXPLORE_END : day;
}

/** Days since the explorer's first day (the slider's value). */
export function dayIndex(day: string): number {
	return Math.round((Date.parse(day) - Date.parse(EXPLORE_START)) / DAY_MS);
}

/** The day `index` days after the explorer's first day, clamped to its range. */
export function dayAt(index: number): string {
	const last = dayIndex(EXPLORE_END);
	const i = Math.max(0, Math.min(last, Math.round(index)));
	return new Date(Date.parse(EXPLORE_START) + i * DAY_MS).toISOString().slice(0, 10);
}

/** The number of days on the slider, both ends included. */
export function dayCount(): number {
	return dayIndex(EXPLORE_END) + 1;
}

/** The fragment that opens the explorer on a day: `#map-2018-07-06`. */
export function mapFragment(day: string): string {
	return `map-${day}`;
}

/**
 * The day a fragment asks the explorer to show: `#map-YYYY-MM-DD` with a real day inside
 * the range, and nothing else (a typo, 2018-02-30 or 1999-01-01 open nothing).
 */
export function dayFromFragment(hash: string): string | null {
	const match = /^#?map-(.+)$/.exec(hash);
	if (!match) return null;
	const day = realDay(match[1]!);
	return day && inRange(day) ? day : null;
}
