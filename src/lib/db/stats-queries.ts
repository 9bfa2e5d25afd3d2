/**
 * What the stats page reads, through the indexes that keep it fast with years of history:
 * reviews by `reviewedAt` from a start time, seen cards by `[deckId+queue+due]`, finished quizzes
 * by `finishedAt`. Read-only; every call is guarded like the Store's own.
 */
import { guarded } from './storage-error.ts';
import type { AttemptRow, ReviewRow } from '../records/rows.ts';
import type { Store } from './store.ts';

export type StatsReview = Pick<ReviewRow, 'deckId' | 'factId' | 'rating' | 'reviewedAt'> & {
	prev: Pick<ReviewRow['prev'], 'queue' | 'state'>;
};

export interface SeenCard {
	deckId: string;
	factId: string;
	queue: 1;
	due: number;
}

/** Reviews at or after `since` (all decks), oldest first, with only the fields stats use. */
export function reviewsFrom(store: Store, since: number): Promise<StatsReview[]> {
	return guarded(async () => {
		const rows = await store.db.reviews.where('reviewedAt').aboveOrEqual(since).toArray();
		return rows.map(({ deckId, factId, rating, reviewedAt, prev }) => ({
			deckId,
			factId,
			rating,
			reviewedAt,
			prev: { queue: prev.queue, state: prev.state }
		}));
	});
}

/** Every card of these decks that has been graded at least once (queue 1), soonest due first. */
export function seenCards(store: Store, deckIds: readonly string[]): Promise<SeenCard[]> {
	return guarded(async () => {
		const perDeck = await Promise.all(
			deckIds.map((id) =>
				store.db.cards
					.where('[deckId+queue+due]')
					.between([id, 1, -Infinity], [id, 1, Infinity], true, true)
					.toArray()
			)
		);
		return perDeck
			.flat()
			.map(({ deckId, factId, due }) => ({ deckId, factId, queue: 1 as const, due }))
			.sort((a, b) => a.due - b.due);
	});
}

/** Finished quizzes, oldest first. */
export function finishedAttempts(store: Store): Promise<AttemptRow[]> {
	return guarded(() => store.db.attempts.orderBy('finishedAt').toArray());
}

/** Whether anything was ever studied or quizzed (the empty state is shown otherwise). */
export function hasHistory(store: Store): Promise<boolean> {
	return guarded(async () => {
		const [reviews, attempts] = await Promise.all([
			store.db.reviews.count(),
			store.db.attempts.count()
		]);
		return reviews + attempts > 0;
	});
}
