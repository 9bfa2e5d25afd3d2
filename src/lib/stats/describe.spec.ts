import { describe, expect, it } from 'vitest';
import { factAccuracy } from './accuracy.ts';
import {
	describeAccuracy,
	describeForecast,
	describeHeatmap,
	describeQuizHistory,
	describeRetention
} from './describe.ts';
import { dueForecast } from './forecast.ts';
import { reviewHeatmap } from './heatmap.ts';
import { quizHistory } from './quiz-history.ts';
import { retentionOverTime } from './retention.ts';

const at = (month: number, day: number, hour = 12) => new Date(2026, month, day, hour).getTime();
const NOW = at(0, 15, 18);
const fmt = (time: number) => {
	const d = new Date(time);
	return `${d.getDate()}/${d.getMonth() + 1}`;
};

describe('chart summaries', () => {
	it('say plainly when there is nothing yet', () => {
		expect(describeHeatmap(reviewHeatmap([], NOW), fmt)).toBe('No reviews in the last 26 weeks.');
		expect(describeForecast(dueForecast([], NOW), fmt)).toMatch(/^Nothing is scheduled yet/);
		expect(describeRetention([], 0.9, fmt)).toMatch(/^No reviews of cards you had seen/);
		expect(describeQuizHistory(quizHistory([]), fmt)).toBe('No quizzes finished yet.');
		expect(describeAccuracy({ right: 0, total: 0, rate: 0 }, [])).toBe('No answers yet.');
	});

	it('give the numbers the chart shows', () => {
		const reviews = [at(0, 15), at(0, 15), at(0, 13)].map((reviewedAt) => ({ reviewedAt }));
		expect(describeHeatmap(reviewHeatmap(reviews, NOW), fmt)).toBe(
			'3 reviews on 2 days in the last 26 weeks; 2 reviews today. Busiest day: 15/1, with 2 reviews.'
		);
		const cards = [
			{ queue: 1, due: at(0, 10) },
			{ queue: 1, due: at(0, 16) },
			{ queue: 1, due: at(0, 20) },
			{ queue: 1, due: at(0, 20) },
			{ queue: 1, due: at(5, 1) }
		];
		expect(describeForecast(dueForecast(cards, NOW), fmt)).toBe(
			'4 cards due in the next 30 days: 1 today (1 already due), 1 tomorrow. Busiest day: 20/1, with 2 cards. 1 card later.'
		);
		const seen = (reviewedAt: number, rating: number) => ({
			reviewedAt,
			rating,
			prev: { queue: 1 }
		});
		const weeks = retentionOverTime(
			[seen(at(0, 6), 3), seen(at(0, 14), 3), seen(at(0, 14), 1)],
			NOW
		);
		expect(describeRetention(weeks, 0.9, fmt)).toBe(
			'Week of 12/1: 50% of 2 reviews remembered. Over 2 weeks: 67% of 3 reviews. Your goal: 90%.'
		);
		const attempt = (id: string, finishedAt: number, score: number) => ({
			id,
			deckId: 'd',
			title: 'Q',
			finishedAt,
			score,
			total: 5
		});
		expect(describeQuizHistory(quizHistory([attempt('a', at(0, 14), 3)]), fmt)).toBe(
			'1 quiz. Latest: 3/5 (60%) on 14/1.'
		);
		expect(
			describeQuizHistory(
				quizHistory([attempt('a', at(0, 14), 3), attempt('b', at(0, 15), 5)]),
				fmt
			)
		).toBe('2 quizzes. Latest: 5/5 (100%) on 15/1. Best 100%, average 80%.');
		const deck = {
			id: 'd',
			facts: [
				{ id: 'a', statement: 'A.', topic: 'Land' },
				{ id: 'b', statement: 'B.', topic: 'Sea' }
			]
		};
		const accuracy = factAccuracy(
			[
				{ deckId: 'd', factId: 'a', rating: 1 },
				{ deckId: 'd', factId: 'b', rating: 3 }
			],
			[],
			deck
		);
		expect(describeAccuracy(accuracy, accuracy.topics)).toBe(
			'50% right of 2 answers in 2 topics. Weakest topic: Land (0%).'
		);
	});
});
