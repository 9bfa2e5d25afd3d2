/**
 * Local calendar days for the stats: a day starts at local midnight, a week on Monday. Days are
 * stepped with the calendar (not by adding 24 h), so a daylight-saving change never shifts a day.
 */
import { startOfDay } from '../srs/queue.ts';

export { startOfDay };

/** Local midnight `days` calendar days after the day that contains `time`. */
export function addDays(time: number, days: number): number {
	const d = new Date(time);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(time: number): number {
	return (new Date(time).getDay() + 6) % 7;
}

/** Local midnight of the Monday that starts the week containing `time`. */
export function startOfWeek(time: number): number {
	return addDays(time, -weekdayIndex(time));
}

/** Whole calendar days from the day of `from` to the day of `to` (negative if `to` is earlier). */
export function daysBetween(from: number, to: number): number {
	const a = new Date(from);
	const b = new Date(to);
	const utcA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
	const utcB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
	return Math.round((utcB - utcA) / 86_400_000);
}
