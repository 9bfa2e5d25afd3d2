/**
 * The learner's own schedule: the review log the optimiser reads, and parameters that, once set,
 * every card is rescheduled by. One link of Store (store.ts), which joins them.
 */
import type { LoggedReview, LogSpan } from '../fit/history.ts';
import type { ScheduleFit } from '../records/settings.ts';
import { applyScheduleFit } from './reschedule.ts';
import { guarded } from './storage-error.ts';
import { TeachingStore } from './teaching-store.ts';

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

	/** Sets the learner's parameters and reschedules every card by them (applyScheduleFit). */
	setScheduleFit(fit: ScheduleFit | null, now = Date.now()): Promise<number> {
		return guarded(() => applyScheduleFit(this.db, fit, now));
	}
}
