/**
 * How many seen cards fall due on each of the coming days. Cards already overdue count today,
 * since that is when the student will meet them; new cards are not scheduled yet and are left out.
 */
import { addDays, daysBetween, startOfDay } from './calendar.ts';

export const FORECAST_DAYS = 30;

export interface ForecastDay {
	/** Local midnight. */
	date: number;
	/** 0 = today. */
	offset: number;
	count: number;
}

export interface DueForecast {
	days: ForecastDay[];
	/** Cards due within the shown days (overdue ones included). */
	total: number;
	/** Of today's, those already due now (overdue or due earlier today). */
	dueNow: number;
	/** Seen cards due after the last day shown. */
	later: number;
	max: number;
}

export function dueForecast(
	cards: readonly { queue: number; due: number }[],
	now: number,
	days = FORECAST_DAYS
): DueForecast {
	const today = startOfDay(now);
	const counts = new Array<number>(days).fill(0);
	let later = 0;
	let dueNow = 0;
	for (const card of cards) {
		if (card.queue !== 1) continue;
		if (card.due <= now) dueNow += 1;
		const offset = Math.max(0, daysBetween(today, card.due));
		if (offset < days) counts[offset] += 1;
		else later += 1;
	}
	return {
		days: counts.map((count, offset) => ({ date: addDays(today, offset), offset, count })),
		total: counts.reduce((a, b) => a + b, 0),
		dueNow,
		later,
		max: Math.max(0, ...counts)
	};
}
