import { describe, expect, it } from 'vitest';
import { statsReport, type StatsInput } from './report.ts';
import { ALL_DECKS } from './scope.ts';

const NOW = new Date(2026, 0, 15, 18).getTime();
const DAY = 86_400_000;

const input: StatsInput = {
	now: NOW,
	reviews: [
		{ deckId: 'a', factId: 'x', rating: 1, reviewedAt: NOW - DAY, prev: { queue: 0 } },
		{ deckId: 'a', factId: 'x', rating: 1, reviewedAt: NOW, prev: { queue: 1 } },
		{ deckId: 'b', factId: 'y', rating: 3, reviewedAt: NOW, prev: { queue: 1 } }
	],
	cards: [
		{ deckId: 'a', queue: 1, due: NOW + DAY },
		{ deckId: 'b', queue: 1, due: NOW }
	],
	attempts: [
		{
			id: 'q',
			deckId: 'b',
			title: 'B quiz',
			finishedAt: NOW - 2 * DAY,
			score: 0,
			total: 1,
			answers: [{ factId: 'y', correct: false }]
		},
		{
			id: 'old',
			deckId: 'b',
			title: 'B quiz',
			finishedAt: NOW - 400 * DAY, // in the history, but too old for accuracy
			score: 0,
			total: 1,
			answers: [{ factId: 'y', correct: false }]
		}
	],
	decks: [
		{ id: 'a', facts: [{ id: 'x', statement: 'X.', topic: 'T' }] },
		{ id: 'b', facts: [{ id: 'y', statement: 'Y.' }] }
	]
};

describe('statsReport', () => {
	it('covers every deck together', () => {
		const report = statsReport(input, ALL_DECKS);
		expect(report.heatmap.total).toBe(3);
		expect(report.heatmap.today).toBe(2);
		expect(report.forecast.total).toBe(2);
		expect(report.retention).toHaveLength(1);
		expect(report.retention[0]).toMatchObject({ reviews: 2, passed: 1 });
		expect(report.quizzes.points.map((p) => p.id)).toEqual(['old', 'q']);
		expect(report.accuracy.map((a) => [a.deckId, a.right, a.total])).toEqual([
			['a', 0, 2],
			['b', 1, 2]
		]);
		expect(report.overall).toEqual({ right: 1, total: 4, rate: 0.25 });
		expect(report.weakest.map((f) => f.factId)).toEqual(['x', 'y']);
	});

	it('narrows every chart to one deck', () => {
		const report = statsReport(input, 'a');
		expect(report.heatmap.total).toBe(2);
		expect(report.forecast.total).toBe(1);
		expect(report.quizzes.points).toEqual([]);
		expect(report.accuracy.map((a) => a.deckId)).toEqual(['a']);
		expect(report.weakest.map((f) => f.factId)).toEqual(['x']);
	});
});
