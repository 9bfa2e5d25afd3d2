/** Rescheduling every card when the scheduler's parameters change (a fit, its Undo, an import). */
import { type CardRow, type ReviewRow } from '../records/rows.ts';
import { newMemoryState, pickMemory, type MemoryState } from '../srs/memory.ts';
import { Scheduler } from '../srs/scheduler.ts';
import { parseSettings, type ScheduleFit, type Settings } from '../records/settings.ts';
import { isSaneTime } from '../srs/validity.ts';
import type { FactdeckDB } from './database.ts';

/** The setting holding the learner's fitted parameters (records/settings.ts, scheduleFit). */
export const SCHEDULE_FIT_KEY = 'scheduleFit';

/**
 * The scheduler the settings ask for: the desired retention and the learner's parameters. Here,
 * not in records/, so that reading settings does not load the scheduler (ts-fsrs).
 */
export function schedulerFor(settings: Pick<Settings, 'retention' | 'scheduleFit'>): Scheduler {
	return new Scheduler({ retention: settings.retention, params: settings.scheduleFit?.params });
}

/**
 * Sets the learner's parameters (null: FSRS-6's defaults) and, in the same transaction,
 * reschedules every card by them. Returns how many cards changed. Runs in a worker in the app
 * (reschedule.worker.ts): replaying thousands of reviews is seconds of work.
 */
export function applyScheduleFit(
	db: FactdeckDB,
	fit: ScheduleFit | null,
	now: number
): Promise<number> {
	return db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
		await db.settings.put({ key: SCHEDULE_FIT_KEY, value: fit, changedAt: now });
		return rescheduleAll(db, schedulerFor(parseSettings(await db.settings.toArray())));
	});
}

/**
 * Replays every studied card's review log through `scheduler` (run inside a transaction over
 * settings, cards and reviews), so each card is what its log gives under the parameters in use,
 * as an import's merge assumes. Each review's `prev` and `next` are rewritten to match, so Undo of
 * the last grade still works. Returns how many cards changed.
 */
export async function rescheduleAll(db: FactdeckDB, scheduler: Scheduler): Promise<number> {
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
		if (!sameMemory(card, memory)) changedCards.push({ ...card, ...memory });
	}
	await db.cards.bulkPut(changedCards);
	await db.reviews.bulkPut(changedReviews);
	return changedCards.length;
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
