/**
 * The review calendar (as Anki and GitHub draw it): one cell per local day for the last weeks,
 * a column per week (Monday first), shaded by how many cards were graded that day.
 */
import { addDays, daysBetween, startOfDay, startOfWeek, weekdayIndex } from './calendar.ts';

export const HEATMAP_WEEKS = 26;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
	/** Local midnight. */
	date: number;
	count: number;
	level: HeatLevel;
	/** 0 = Monday … 6 = Sunday: the cell's row. */
	weekday: number;
	/** The cell's column, 0 = oldest week. */
	week: number;
}

export interface Heatmap {
	/** Local midnight of the first (Monday) cell. */
	start: number;
	weeks: number;
	/** Every day from `start` to today, in order (none after today). */
	days: HeatmapDay[];
	total: number;
	activeDays: number;
	max: number;
	today: number;
	/** The busiest day, if any review at all. */
	busiest?: HeatmapDay;
}

/** Level 1–4 by the share of the busiest day's count, 0 for no reviews. */
export function heatLevel(count: number, max: number): HeatLevel {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as HeatLevel;
}

/** The first day shown: the Monday `weeks - 1` weeks before this week's. */
export function heatmapStart(now: number, weeks = HEATMAP_WEEKS): number {
	return addDays(startOfWeek(now), -7 * (weeks - 1));
}

export function reviewHeatmap(
	reviews: readonly { reviewedAt: number }[],
	now: number,
	weeks = HEATMAP_WEEKS
): Heatmap {
	const start = heatmapStart(now, weeks);
	const todayStart = startOfDay(now);
	const span = daysBetween(start, todayStart) + 1;
	const counts = new Array<number>(span).fill(0);
	for (const review of reviews) {
		const index = daysBetween(start, review.reviewedAt);
		if (index >= 0 && index < span) counts[index] += 1;
	}
	const max = Math.max(0, ...counts);
	const days: HeatmapDay[] = counts.map((count, i) => {
		const date = addDays(start, i);
		return {
			date,
			count,
			level: heatLevel(count, max),
			weekday: weekdayIndex(date),
			week: Math.floor(i / 7)
		};
	});
	const busiest = max > 0 ? days.find((d) => d.count === max) : undefined;
	return {
		start,
		weeks,
		days,
		total: counts.reduce((a, b) => a + b, 0),
		activeDays: counts.filter((c) => c > 0).length,
		max,
		today: counts[span - 1],
		...(busiest ? { busiest } : {})
	};
}
