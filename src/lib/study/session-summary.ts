/** What a study session amounted to, computed from its review rows (so a reload loses nothing). */
import type { ReviewRow } from '../records/rows.ts';

export interface SessionSummary {
	cards: number;
	/** Share of grades that were not "Again", 0–1. */
	accuracy: number;
	/** Time spent looking at cards, ms. */
	timeMs: number;
	again: number;
	hard: number;
	good: number;
	easy: number;
}

export function summarizeReviews(
	reviews: readonly Pick<ReviewRow, 'rating' | 'durationMs'>[]
): SessionSummary {
	const count = (rating: number) => reviews.filter((r) => r.rating === rating).length;
	const again = count(1);
	return {
		cards: reviews.length,
		accuracy: reviews.length ? (reviews.length - again) / reviews.length : 0,
		timeMs: reviews.reduce((sum, r) => sum + r.durationMs, 0),
		again,
		hard: count(2),
		good: count(3),
		easy: count(4)
	};
}
