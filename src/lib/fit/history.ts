/**
 * A learner's review log as the FSRS optimiser reads it: per card, the grades in time order and
 * the whole days between them (ts-fsrs's own day count, so fitting and scheduling agree).
 */
import { dateDiffInDays } from 'ts-fsrs';
import type { Grade } from '../srs/memory.ts';
import { isSaneTime } from '../srs/validity.ts';

/** One grade, as the review table keeps it. */
export interface LoggedReview {
	cardKey: string;
	rating: Grade;
	reviewedAt: number;
}

/** One card's reviews: `days[0]` is 0; `days[i]` the days since review `i - 1`. */
export interface CardHistory {
	ratings: Grade[];
	days: number[];
}

/** FSRS's guidance, as Anki applies it: a fit needs this many reviews over this many days. */
export const FIT_MIN_REVIEWS = 400;
export const FIT_MIN_DAYS = 7;

const DAY_MS = 86_400_000;

export function cardHistories(reviews: readonly LoggedReview[], now: number): CardHistory[] {
	const byCard = new Map<string, LoggedReview[]>();
	for (const review of reviews) {
		if (!isSaneTime(review.reviewedAt) || review.reviewedAt > now) continue;
		const list = byCard.get(review.cardKey) ?? [];
		list.push(review);
		byCard.set(review.cardKey, list);
	}
	return [...byCard.values()].map((list) => {
		list.sort((a, b) => a.reviewedAt - b.reviewedAt);
		return {
			ratings: list.map((r) => r.rating),
			days: list.map((r, i) =>
				i === 0 ? 0 : dateDiffInDays(new Date(list[i - 1].reviewedAt), new Date(r.reviewedAt))
			)
		};
	});
}

/** A review log in three numbers: how many reviews, the first and the last review's time. */
export interface LogSpan {
	reviews: number;
	first: number;
	last: number;
}

export interface FitReadiness {
	reviews: number;
	/** Whole days from the first review to the last. */
	days: number;
	ready: boolean;
}

export function fitReadiness({ reviews, first, last }: LogSpan): FitReadiness {
	const days = reviews ? Math.max(0, Math.floor((last - first) / DAY_MS)) : 0;
	return { reviews, days, ready: reviews >= FIT_MIN_REVIEWS && days >= FIT_MIN_DAYS };
}

/**
 * The optimiser's input: one training item per review that comes a day or more after the one
 * before it (the item is the card's history up to and including that review), flattened into
 * the three arrays fsrs-browser takes.
 */
export function trainingSet(histories: readonly CardHistory[]): {
	ratings: Uint32Array;
	days: Uint32Array;
	lengths: Uint32Array;
	items: number;
} {
	const ratings: number[] = [];
	const days: number[] = [];
	const lengths: number[] = [];
	for (const history of histories) {
		for (let end = 2; end <= history.ratings.length; end++) {
			if (history.days[end - 1] < 1) continue;
			ratings.push(...history.ratings.slice(0, end));
			days.push(...history.days.slice(0, end));
			lengths.push(end);
		}
	}
	return {
		ratings: Uint32Array.from(ratings),
		days: Uint32Array.from(days),
		lengths: Uint32Array.from(lengths),
		items: lengths.length
	};
}
