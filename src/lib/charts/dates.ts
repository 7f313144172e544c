/** Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC so no time zone moves a date. */

export function toUtc(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
	const d = toUtc(iso);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
	const days: string[] = [];
	for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
	return days;
}

/** A partial date (YYYY-MM, YYYY) is not a day a chart can place. */
export function isDay(date: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(date);
}

export function clampDay(iso: string, from: string, to: string): string {
	return iso < from ? from : iso > to ? to : iso;
}
