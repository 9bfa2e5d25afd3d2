/**
 * True retention per week (Anki's term): of the reviews of cards already seen before, the share
 * that were not "Again". A card's first grade measures nothing remembered, so it is left out:
 * that is a grade of a card in the new queue, or of one that was never graded (FSRS state 0) even
 * if it sits in the seen queue (quiz mistakes are made due without being studied, mistakes.ts).
 */
import { addDays, startOfWeek } from './calendar.ts';

export interface RetentionWeek {
	/** Local midnight of the week's Monday. */
	weekStart: number;
	reviews: number;
	/** Reviews graded Hard, Good or Easy. */
	passed: number;
	/** passed / reviews, 0–1. */
	rate: number;
}

export interface RetentionReview {
	reviewedAt: number;
	rating: number;
	prev: { queue: number; state?: number };
}

export function isReviewOfSeenCard(review: RetentionReview): boolean {
	return review.prev.queue === 1 && review.prev.state !== 0;
}

/**
 * Weeks from the one containing `since` (default: all) up to this week, oldest first; weeks
 * without a review of a seen card are left out rather than drawn as 0 %.
 */
export function retentionOverTime(
	reviews: readonly RetentionReview[],
	now: number,
	since = -Infinity
): RetentionWeek[] {
	const from = Number.isFinite(since) ? startOfWeek(since) : -Infinity;
	const until = addDays(startOfWeek(now), 7);
	const weeks = new Map<number, { reviews: number; passed: number }>();
	for (const review of reviews) {
		if (!isReviewOfSeenCard(review)) continue;
		if (review.reviewedAt < from || review.reviewedAt >= until) continue;
		const week = startOfWeek(review.reviewedAt);
		const entry = weeks.get(week) ?? { reviews: 0, passed: 0 };
		entry.reviews += 1;
		if (review.rating !== 1) entry.passed += 1;
		weeks.set(week, entry);
	}
	return [...weeks.entries()]
		.sort(([a], [b]) => a - b)
		.map(([weekStart, { reviews, passed }]) => ({
			weekStart,
			reviews,
			passed,
			rate: passed / reviews
		}));
}

/** All the weeks together: the same share over every counted review. */
export function overallRetention(weeks: readonly RetentionWeek[]): RetentionWeek | undefined {
	const reviews = weeks.reduce((sum, w) => sum + w.reviews, 0);
	if (!reviews) return undefined;
	const passed = weeks.reduce((sum, w) => sum + w.passed, 0);
	return { weekStart: weeks[0].weekStart, reviews, passed, rate: passed / reviews };
}
