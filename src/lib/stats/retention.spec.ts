import { describe, expect, it } from 'vitest';
import { overallRetention, retentionOverTime } from './retention.ts';

const at = (month: number, day: number, hour = 12) => new Date(2026, month, day, hour).getTime();
const NOW = at(0, 15, 18); // Thursday
const seen = (reviewedAt: number, rating: number) => ({ reviewedAt, rating, prev: { queue: 1 } });

describe('retentionOverTime', () => {
	it('is empty without reviews', () => {
		expect(retentionOverTime([], NOW)).toEqual([]);
		expect(overallRetention([])).toBeUndefined();
	});

	it('counts only cards seen before, per Monday-to-Sunday week, skipping empty weeks', () => {
		const reviews = [
			seen(at(0, 12, 0), 3), // this week (Monday)
			seen(at(0, 15), 1),
			seen(at(0, 14), 4),
			{ reviewedAt: at(0, 13), rating: 1, prev: { queue: 0 } }, // a first grade: left out
			// A quiz mistake made due before it was ever studied: its first grade, left out too.
			{ reviewedAt: at(0, 13), rating: 1, prev: { queue: 1, state: 0 } },
			seen(at(0, 11, 23), 1), // Sunday: the week before
			seen(at(0, 10), 2),
			// An older week, with a week of no reviews (29 Dec–4 Jan) between.
			seen(new Date(2025, 11, 24).getTime(), 3)
		];
		const weeks = retentionOverTime(reviews, NOW);
		expect(weeks.map((w) => new Date(w.weekStart).getDate())).toEqual([22, 5, 12]);
		expect(weeks[1]).toMatchObject({ reviews: 2, passed: 1, rate: 0.5 });
		expect(weeks[2]).toMatchObject({ reviews: 3, passed: 2 });
		expect(weeks[2].rate).toBeCloseTo(2 / 3);
		expect(overallRetention(weeks)).toMatchObject({ reviews: 6, passed: 4 });
	});

	it('leaves out weeks before `since` and reviews after this week', () => {
		const reviews = [seen(at(0, 2), 3), seen(at(0, 14), 1), seen(at(0, 25), 3)];
		const weeks = retentionOverTime(reviews, NOW, at(0, 7));
		expect(weeks).toEqual([
			{ weekStart: new Date(2026, 0, 12).getTime(), reviews: 1, passed: 0, rate: 0 }
		]);
	});
});
