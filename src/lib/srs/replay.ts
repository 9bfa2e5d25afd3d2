/**
 * Rebuilds a card's memory state from its review log: the grades, in time order, replayed through
 * the scheduler from a new card. The repair for a state the scheduler refuses (see validity.ts).
 */
import { newMemoryState, type Grade, type MemoryState } from './memory.ts';
import type { Scheduler } from './scheduler.ts';
import { isSaneTime } from './validity.ts';

export interface LoggedGrade {
	rating: Grade;
	reviewedAt: number;
}

export function replayMemory(
	reviews: readonly LoggedGrade[],
	scheduler: Scheduler,
	now: number
): MemoryState {
	const grades = reviews
		.filter((r) => isSaneTime(r.reviewedAt) && r.reviewedAt <= now)
		.sort((a, b) => a.reviewedAt - b.reviewedAt);
	let memory = newMemoryState(grades[0]?.reviewedAt ?? now);
	for (const review of grades) memory = scheduler.grade(memory, review.rating, review.reviewedAt);
	return memory;
}
