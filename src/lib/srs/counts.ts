/**
 * The one counting model. Every screen that counts a deck's cards (home, the Study tab, a study
 * session's header, the quiz's "Add my mistakes") shows these figures, computed here from the same
 * rows by the same queue (queue.ts), so they agree:
 *
 * - **new**: the new cards today's study introduces: never-studied cards in deck order, one per
 *   fact (siblings buried), up to the daily new-card limit less the new cards started today.
 * - **learning**: cards in learning or relearning steps, back within minutes; due now or not.
 * - **due**: the other cards to review now (studied cards whose interval is up, quiz mistakes
 *   added), siblings buried, up to the daily review limit less today's reviews.
 *   new + learning + due is what is left to study today.
 * - **learned**: cards studied and past their learning steps (FSRS's Review phase).
 * - **unstudied**: cards never studied, today's `new` among them.
 * - **total**: every card in study (not suspended); suspended ones are counted apart.
 */
import {
	LEARNING_HORIZON_MS,
	buildQueue,
	newCardGate,
	type QueueCard,
	type StudyDay
} from './queue.ts';

export interface DeckCounts {
	new: number;
	learning: number;
	due: number;
	learned: number;
	unstudied: number;
	suspended: number;
	total: number;
}

/** The figures of a deck that has no card rows yet (never opened). */
export const NO_CARDS: DeckCounts = {
	new: 0,
	learning: 0,
	due: 0,
	learned: 0,
	unstudied: 0,
	suspended: 0,
	total: 0
};

/** The daily limits' largest values (settings.ts checks them; the home screen reads them). */
export const NEW_PER_DAY_MAX = 9999;
export const REVIEWS_PER_DAY_MAX = 99999;

/** The daily limits and burying when nothing else is set (settings.ts uses these too). */
export const STUDY_DEFAULTS = { newPerDay: 20, reviewsPerDay: 200, burySiblings: true } as const;

/**
 * The reads the model needs from one deck's card rows. The db layer implements it twice: with
 * Dexie (Store), and with IndexedDB itself for the home screen (overview.ts).
 */
export interface DeckCardReader<C extends QueueCard = QueueCard> {
	/** Seen cards (queue 1) due before `until`, in any order. */
	seenDueBefore(until: number): Promise<C[]>;
	/** New cards (queue 0) offered to `admit` in deck order, up to `limit` admitted ones. */
	newCards(admit: (card: C) => boolean, limit: number): Promise<C[]>;
	/** How many cards are in each queue: never studied, seen, suspended. */
	totals(): Promise<{ unstudied: number; seen: number; suspended: number }>;
}

/**
 * Every card today's queue can hold, and no more: all cards in learning, the seen cards due
 * before tomorrow, and the new cards the day admits. The study session builds its queue from
 * these; the counts below come from the same rows.
 */
export async function todaysCards<C extends QueueCard>(
	reader: DeckCardReader<C>,
	day: StudyDay,
	now: number
): Promise<C[]> {
	const seen = await reader.seenDueBefore(now + LEARNING_HORIZON_MS);
	const room = Math.max(0, day.newPerDay - day.newToday);
	if (!room) return seen;
	const { taken } = buildQueue(seen, day, now);
	return [...seen, ...(await reader.newCards(newCardGate(day, taken), room))];
}

/** A deck's figures, from `todaysCards` and the queue sizes. */
export function countDeck(
	cards: readonly QueueCard[],
	totals: { unstudied: number; seen: number; suspended: number },
	day: StudyDay,
	now: number
): DeckCounts {
	const { counts } = buildQueue(cards, day, now);
	// Seen cards not yet past their steps are all due before the horizon, so all among `cards`.
	const notLearned = cards.filter((c) => c.queue === 1 && c.state !== 2).length;
	return {
		...counts,
		learned: totals.seen - notLearned,
		unstudied: totals.unstudied,
		suspended: totals.suspended,
		total: totals.unstudied + totals.seen
	};
}

export async function readDeckCounts(
	reader: DeckCardReader,
	day: StudyDay,
	now: number
): Promise<DeckCounts> {
	const [cards, totals] = await Promise.all([todaysCards(reader, day, now), reader.totals()]);
	return countDeck(cards, totals, day, now);
}
