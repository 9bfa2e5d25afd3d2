import { describe, expect, it } from 'vitest';
import { quizHistory } from './quiz-history.ts';

const attempt = (id: string, finishedAt: number, score: number, total: number) => ({
	id,
	deckId: 'd',
	title: `Quiz ${id}`,
	finishedAt,
	score,
	total
});

describe('quizHistory', () => {
	it('is empty without attempts', () => {
		expect(quizHistory([])).toEqual({ points: [] });
	});

	it('orders attempts by time and scores them in percent', () => {
		const history = quizHistory([
			attempt('c', 300, 2, 3),
			attempt('a', 100, 3, 5),
			attempt('empty', 150, 0, 0), // no questions: nothing to plot
			attempt('b', 200, 5, 5)
		]);
		expect(history.points.map((p) => [p.id, p.percent])).toEqual([
			['a', 60],
			['b', 100],
			['c', 67]
		]);
		expect(history.best?.id).toBe('b');
		expect(history.latest?.id).toBe('c');
		expect(history.average).toBe(76);
	});

	it('takes the most recent of equal best scores', () => {
		const history = quizHistory([attempt('a', 100, 4, 5), attempt('b', 200, 8, 10)]);
		expect(history.best?.id).toBe('b');
	});
});
