/**
 * The memory states ts-fsrs can schedule. Its `next_state` throws `Invalid memory state` for a
 * difficulty below 1 or a stability below `S_MIN` (unless both are 0: a card never studied), and
 * dates outside what `Date` can add an interval to make `Invalid date`. A state from outside (a
 * backup, a row written by an older version) is checked here before the scheduler sees it.
 */
import { S_MAX, S_MIN } from 'ts-fsrs';
import type { MemoryState } from './memory.ts';

/** Times (epoch ms) a card, review or result may carry: 1970 to 2300. */
export const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(2300, 0, 1);
/** ts-fsrs's default (and Factdeck's) longest interval, in days. */
export const MAX_SCHEDULED_DAYS = 36_500;
const MIN_DIFFICULTY = 1;
const MAX_DIFFICULTY = 10;

export function isSaneTime(time: number): boolean {
	return Number.isFinite(time) && time >= EARLIEST_TIME && time <= LATEST_TIME;
}

/** Why the scheduler cannot use this state, or undefined when it can. */
export function memoryProblem(m: MemoryState): string | undefined {
	if (!isSaneTime(m.due)) return `due ${m.due} is not a date between 1970 and 2300`;
	if (m.lastReview !== null && !isSaneTime(m.lastReview))
		return `lastReview ${m.lastReview} is not a date between 1970 and 2300`;
	if (!(m.scheduledDays >= 0 && m.scheduledDays <= MAX_SCHEDULED_DAYS))
		return `scheduledDays ${m.scheduledDays} is not from 0 to ${MAX_SCHEDULED_DAYS}`;
	// Both 0: no memory yet (ts-fsrs starts it afresh at the next grade).
	if (m.stability === 0 && m.difficulty === 0) return undefined;
	if (!(m.stability >= S_MIN && m.stability <= S_MAX))
		return `stability ${m.stability} is not from ${S_MIN} to ${S_MAX} (or 0 with difficulty 0)`;
	if (!(m.difficulty >= MIN_DIFFICULTY && m.difficulty <= MAX_DIFFICULTY))
		return `difficulty ${m.difficulty} is not from ${MIN_DIFFICULTY} to ${MAX_DIFFICULTY} (or 0 with stability 0)`;
	return undefined;
}
