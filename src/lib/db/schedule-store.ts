/**
 * The learner's own schedule: the review log the optimiser reads, and parameters that, once set,
 * every card is rescheduled by. One link of Store (store.ts), which joins them.
 */
import type { LoggedReview, LogSpan } from '../fit/history.ts';
import { type CardRow, type ReviewRow } from '../records/rows.ts';
import { parseSettings, schedulerFor, type ScheduleFit } from '../records/settings.ts';
import { newMemoryState, pickMemory, type MemoryState } from '../srs/memory.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { isSaneTime } from '../srs/validity.ts';
import { guarded } from './storage-error.ts';
import { TeachingStore } from './teaching-store.ts';

export const SCHEDULE_FIT_KEY = 'scheduleFit';

export class ScheduleStore extends TeachingStore {
	/** Every grade ever given here, as the optimiser reads them. */
	reviewLog(): Promise<LoggedReview[]> {
		return guarded(async () =>
			(await this.db.reviews.toArray()).map(({ cardKey, rating, reviewedAt }) => ({
				cardKey,
				rating,
				reviewedAt
			}))
		);
	}

	/** How many reviews there are, and the first and last review times: enough to fit yet? */
	reviewSpan(): Promise<LogSpan> {
		return guarded(async () => {
			const [reviews, first, last] = await Promise.all([
				this.db.reviews.count(),
				this.db.reviews.orderBy('reviewedAt').first(),
				this.db.reviews.orderBy('reviewedAt').last()
			]);
			return { reviews, first: first?.reviewedAt ?? 0, last: last?.reviewedAt ?? 0 };
		});
	}

	/** The stability of every card in study (graded, not suspended): what workload is made of. */
	studiedStabilities(): Promise<number[]> {
		return guarded(async () => {
			const stabilities: number[] = [];
			await this.db.cards.each((card) => {
				if (card.queue === 1 && card.stability > 0) stabilities.push(card.stability);
			});
			return stabilities;
		});
	}

	/**
	 * Sets the learner's parameters (null: FSRS-6's defaults) and, in the same transaction,
	 * reschedules every card by replaying its review log through them, so each card is what its
	 * log gives under the parameters in use (as an import's merge assumes). Each review's `prev`
	 * and `next` are rewritten to match, so Undo of the last grade still works. Returns how many
	 * cards changed.
	 */
	setScheduleFit(fit: ScheduleFit | null): Promise<number> {
		const db = this.db;
		return guarded(() =>
			db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
				const settings = parseSettings(await db.settings.toArray());
				const scheduler = schedulerFor({ ...settings, scheduleFit: fit });
				await db.settings.put({ key: SCHEDULE_FIT_KEY, value: fit });
				const logs = new Map<string, ReviewRow[]>();
				await db.reviews.each((review) => {
					const log = logs.get(review.cardKey) ?? [];
					log.push(review);
					logs.set(review.cardKey, log);
				});
				const cards = await db.cards.bulkGet([...logs.keys()]);
				const changedCards: CardRow[] = [];
				const changedReviews: ReviewRow[] = [];
				for (const card of cards) {
					if (!card) continue;
					const { memory, reviews } = replayLog(logs.get(card.id)!, scheduler);
					changedReviews.push(...reviews);
					if (sameMemory(card, memory)) continue;
					changedCards.push({ ...card, ...memory });
				}
				await db.cards.bulkPut(changedCards);
				await db.reviews.bulkPut(changedReviews);
				return changedCards.length;
			})
		);
	}
}

/** A card's log replayed from a new card: its final state, and the reviews whose states moved. */
function replayLog(
	log: ReviewRow[],
	scheduler: Scheduler
): { memory: MemoryState; reviews: ReviewRow[] } {
	const grades = log
		.filter((r) => isSaneTime(r.reviewedAt))
		.sort((a, b) => a.reviewedAt - b.reviewedAt);
	let memory = newMemoryState(grades[0]?.reviewedAt ?? 0);
	const reviews: ReviewRow[] = [];
	for (const review of grades) {
		const next = scheduler.grade(memory, review.rating, review.reviewedAt);
		if (!sameMemory(review.prev, memory) || !sameMemory(review.next, next))
			reviews.push({ ...review, prev: { ...memory, queue: review.prev.queue }, next });
		memory = next;
	}
	return { memory, reviews };
}

function sameMemory(a: MemoryState, b: MemoryState): boolean {
	const x = pickMemory(a);
	const y = pickMemory(b);
	return (Object.keys(x) as (keyof MemoryState)[]).every((k) => x[k] === y[k]);
}
