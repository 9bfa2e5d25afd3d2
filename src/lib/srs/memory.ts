/**
 * A card's memory state as Factdeck stores it: plain numbers (epoch milliseconds), so it can be
 * indexed by IndexedDB and written to a backup file as it is. `toFsrsCard`/`fromFsrsCard`
 * translate to and from ts-fsrs, which works with `Date`s.
 */
import type { Card as FsrsCard } from 'ts-fsrs';

export type CardPhase = 0 | 1 | 2 | 3; // ts-fsrs State: New, Learning, Review, Relearning
export type Grade = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy

export interface MemoryState {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardPhase;
	lastReview: number | null;
}

export function newMemoryState(now: number): MemoryState {
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		lastReview: null
	};
}

export function toFsrsCard(m: MemoryState, now: number): FsrsCard {
	return {
		due: new Date(m.due),
		stability: m.stability,
		difficulty: m.difficulty,
		// Deprecated in ts-fsrs 5 and ignored by its scheduler; kept only for its type.
		elapsed_days: m.lastReview === null ? 0 : Math.max(0, Math.floor((now - m.lastReview) / 864e5)),
		scheduled_days: m.scheduledDays,
		learning_steps: m.learningSteps,
		reps: m.reps,
		lapses: m.lapses,
		state: m.state,
		// A last review after `now` (another device's clock ran ahead) would be a negative elapsed
		// time, which ts-fsrs refuses: it counts as just now.
		...(m.lastReview === null ? {} : { last_review: new Date(Math.min(m.lastReview, now)) })
	};
}

export function fromFsrsCard(card: FsrsCard): MemoryState {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

export function pickMemory(m: MemoryState): MemoryState {
	return {
		due: m.due,
		stability: m.stability,
		difficulty: m.difficulty,
		scheduledDays: m.scheduledDays,
		learningSteps: m.learningSteps,
		reps: m.reps,
		lapses: m.lapses,
		state: m.state,
		lastReview: m.lastReview
	};
}
