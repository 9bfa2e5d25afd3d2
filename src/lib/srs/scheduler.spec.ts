import { describe, expect, it } from 'vitest';
import { newMemoryState } from './memory.ts';
import { LEARNING_HORIZON_MS } from './queue.ts';
import { GRADES, Scheduler, formatInterval } from './scheduler.ts';

const T0 = Date.UTC(2026, 0, 1, 9);
const DAY = 86_400_000;

describe('Scheduler (FSRS-6)', () => {
	const scheduler = new Scheduler({ retention: 0.9, fuzz: false });

	it('a new card goes through the learning steps (1m, 10m) and then to days', () => {
		const card = newMemoryState(T0);
		const preview = scheduler.preview(card, T0);
		expect(preview[1].label).toBe('1m');
		expect(preview[2].label).toBe('6m');
		expect(preview[3].label).toBe('10m');
		expect(preview[4].intervalMs).toBeGreaterThanOrEqual(DAY);
		const afterGood = scheduler.grade(card, 3, T0);
		expect(afterGood.state).toBe(1); // learning
		const graduated = scheduler.grade(afterGood, 3, afterGood.due);
		expect(graduated.state).toBe(2); // review
		expect(graduated.due - afterGood.due).toBeGreaterThanOrEqual(DAY);
	});

	// The counting model reads learning cards as those due within the horizon (counts.ts).
	it('every learning or relearning step is shorter than the learning horizon', () => {
		const fuzzed = new Scheduler({ retention: 0.97, fuzz: true });
		let seen = 0;
		for (const first of GRADES)
			for (const second of GRADES)
				for (const third of GRADES) {
					let card = newMemoryState(T0);
					let now = T0;
					for (const grade of [first, second, third, 1 as const, second]) {
						card = fuzzed.grade(card, grade, now);
						if (card.state === 1 || card.state === 3) {
							seen += 1;
							expect(card.due - now).toBeLessThan(LEARNING_HORIZON_MS);
						}
						now = card.due;
					}
				}
		expect(seen).toBeGreaterThan(100);
	});

	it('intervals grow with each Good', () => {
		let card = newMemoryState(T0);
		let now = T0;
		const intervals: number[] = [];
		for (let i = 0; i < 6; i++) {
			const next = scheduler.grade(card, 3, now);
			intervals.push(next.due - now);
			now = next.due;
			card = next;
		}
		const reviewIntervals = intervals.slice(2);
		for (let i = 1; i < reviewIntervals.length; i++)
			expect(reviewIntervals[i]).toBeGreaterThan(reviewIntervals[i - 1]);
	});

	it('Again on a review card sends it to relearning and counts a lapse', () => {
		let card = newMemoryState(T0);
		let now = T0;
		for (let i = 0; i < 3; i++) {
			card = scheduler.grade(card, 3, now);
			now = card.due;
		}
		expect(card.state).toBe(2);
		const lapsed = scheduler.grade(card, 1, now);
		expect(lapsed.state).toBe(3);
		expect(lapsed.lapses).toBe(card.lapses + 1);
		expect(lapsed.due - now).toBe(10 * 60_000);
		expect(lapsed.stability).toBeLessThan(card.stability);
	});

	it('higher desired retention schedules sooner', () => {
		const strict = new Scheduler({ retention: 0.97, fuzz: false });
		const relaxed = new Scheduler({ retention: 0.7, fuzz: false });
		let a = newMemoryState(T0);
		let b = newMemoryState(T0);
		for (let i = 0; i < 3; i++) {
			a = strict.grade(a, 3, a.due);
			b = relaxed.grade(b, 3, b.due);
		}
		expect(a.scheduledDays).toBeLessThan(b.scheduledDays);
	});

	it('with fuzz on, the same card and time still give the same interval (ts-fsrs seeds it)', () => {
		const fuzzy = new Scheduler({ retention: 0.9 });
		let card = newMemoryState(T0);
		for (let i = 0; i < 4; i++) card = fuzzy.grade(card, 3, card.due);
		expect(fuzzy.grade(card, 3, card.due)).toEqual(fuzzy.grade(card, 3, card.due));
	});

	it('labels intervals like Anki', () => {
		expect(
			[30e3, 60e3, 600e3, 5 * 3600e3, 3 * DAY, 45 * DAY, 400 * DAY].map(formatInterval)
		).toEqual(['<1m', '1m', '10m', '5h', '3d', '1.5mo', '1.1y']);
	});
});
