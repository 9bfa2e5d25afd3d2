/**
 * Issue 24, defect 1: a backup's card rows with `stability: 0` (or 1e-320), `difficulty: -1e308`
 * or `lastReview = due = 8.64e15` were accepted, and the scheduler then threw
 * `FSRSValidationError: Invalid memory state` on every visit to the deck. These tests pin the
 * ranges ts-fsrs accepts, and the repair: a state rebuilt from the card's review log.
 */
import { describe, expect, it } from 'vitest';
import { newMemoryState, type MemoryState } from './memory.ts';
import { replayMemory } from './replay.ts';
import { Scheduler } from './scheduler.ts';
import { memoryProblem } from './validity.ts';

const T0 = Date.UTC(2026, 0, 15, 9);
const DAY = 86_400_000;
const scheduler = new Scheduler({ retention: 0.9, fuzz: false });
const studied: MemoryState = {
	due: T0 + 3 * DAY,
	stability: 3.2,
	difficulty: 5.1,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	state: 2,
	lastReview: T0
};

describe('memoryProblem (the scheduler’s valid ranges)', () => {
	it('accepts a new card and every state the scheduler itself writes', () => {
		expect(memoryProblem(newMemoryState(T0))).toBeUndefined();
		let m = newMemoryState(T0);
		for (const [i, grade] of ([1, 3, 3, 1, 4, 2, 3] as const).entries()) {
			m = scheduler.grade(m, grade, T0 + i * DAY);
			expect(memoryProblem(m)).toBeUndefined();
		}
	});

	it.each([
		['stability 0 with a difficulty', { stability: 0 }],
		['stability 1e-320', { stability: 1e-320 }],
		['difficulty -1e308', { difficulty: -1e308 }],
		['difficulty 11', { difficulty: 11 }],
		['stability above S_MAX', { stability: 1e9 }],
		['dates at the end of time', { lastReview: 8.64e15, due: 8.64e15 }],
		['a negative due date', { due: -1 }],
		['scheduledDays of a million', { scheduledDays: 1e6 }]
	])('refuses %s', (_, patch) => {
		const bad = { ...studied, ...patch };
		expect(memoryProblem(bad)).toMatch(/is not/);
	});

	it('the states the issue found do make ts-fsrs throw (why they are refused)', () => {
		for (const patch of [{ stability: 0 }, { stability: 1e-320 }, { difficulty: -1e308 }])
			expect(() => scheduler.grade({ ...studied, ...patch }, 3, T0 + 5 * DAY)).toThrow(
				/Invalid memory state/
			);
	});
});

describe('replayMemory (repairing a card from its review log)', () => {
	it('rebuilds exactly the state the grades produced', () => {
		const times = [T0, T0 + 600_000, T0 + DAY, T0 + 4 * DAY];
		const grades = [3, 3, 1, 3] as const;
		let m = newMemoryState(T0);
		for (const [i, t] of times.entries()) m = scheduler.grade(m, grades[i], t);
		const log = times.map((t, i) => ({ reviewedAt: t, rating: grades[i] }));
		expect(replayMemory(log.toReversed(), scheduler, T0 + 5 * DAY)).toEqual(m);
	});

	it('a card with no reviews is new again; reviews from the future or beyond time are ignored', () => {
		expect(replayMemory([], scheduler, T0)).toEqual(newMemoryState(T0));
		const log = [
			{ reviewedAt: T0, rating: 3 as const },
			{ reviewedAt: 8.64e15, rating: 1 as const }
		];
		const m = replayMemory(log, scheduler, T0 + DAY);
		expect(m).toEqual(scheduler.grade(newMemoryState(T0), 3, T0));
		expect(memoryProblem(m)).toBeUndefined();
	});

	it('a last review after now (a clock that ran ahead) is graded as if just now', () => {
		const ahead = { ...studied, lastReview: T0 + 2 * DAY, due: T0 + 5 * DAY };
		expect(() => scheduler.grade(ahead, 3, T0)).not.toThrow();
		expect(() => scheduler.preview(ahead, T0)).not.toThrow();
	});
});
