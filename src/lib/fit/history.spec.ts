import { describe, expect, it } from 'vitest';
import { cardHistories, fitReadiness, trainingSet, type LoggedReview } from './history.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9);
const review = (cardKey: string, day: number, rating: LoggedReview['rating'], minutes = 0) => ({
	cardKey,
	rating,
	reviewedAt: T0 + day * DAY + minutes * 60_000
});

describe('cardHistories', () => {
	it('orders each card’s grades by time and counts whole days between them', () => {
		const log = [review('a', 3, 3), review('a', 0, 1), review('a', 0, 3, 10), review('b', 1, 4)];
		expect(cardHistories(log, T0 + 10 * DAY)).toEqual([
			{ ratings: [1, 3, 3], days: [0, 0, 3] },
			{ ratings: [4], days: [0] }
		]);
	});

	it('leaves out grades dated in the future or at impossible times', () => {
		const log = [
			review('a', 0, 3),
			review('a', 20, 3),
			{ cardKey: 'a', rating: 3 as const, reviewedAt: NaN }
		];
		expect(cardHistories(log, T0 + DAY)).toEqual([{ ratings: [3], days: [0] }]);
	});
});

describe('fitReadiness', () => {
	it('asks for 400 reviews over 7 days', () => {
		const first = T0;
		expect(fitReadiness({ reviews: 400, first, last: first + 7 * DAY })).toEqual({
			reviews: 400,
			days: 7,
			ready: true
		});
		expect(fitReadiness({ reviews: 399, first, last: first + 30 * DAY }).ready).toBe(false);
		expect(fitReadiness({ reviews: 900, first, last: first + 7 * DAY - 1 })).toEqual({
			reviews: 900,
			days: 6,
			ready: false
		});
		expect(fitReadiness({ reviews: 0, first: 0, last: 0 })).toEqual({
			reviews: 0,
			days: 0,
			ready: false
		});
	});
});

describe('trainingSet', () => {
	it('makes one item per review a day or more after the one before: the history up to it', () => {
		const set = trainingSet([
			{ ratings: [1, 3, 3, 2], days: [0, 0, 2, 5] },
			{ ratings: [3], days: [0] }
		]);
		expect(set.items).toBe(2);
		expect([...set.lengths]).toEqual([3, 4]);
		expect([...set.ratings]).toEqual([1, 3, 3, 1, 3, 3, 2]);
		expect([...set.days]).toEqual([0, 0, 2, 0, 0, 2, 5]);
	});
});
