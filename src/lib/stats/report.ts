/**
 * Everything the stats page shows, from the rows it read: one call per choice of deck, so
 * switching decks needs no new read.
 */
import {
	factAccuracy,
	weakestFacts,
	type AccuracyDeck,
	type DeckAccuracy,
	type FactScore,
	type Score
} from './accuracy.ts';
import { dueForecast, type DueForecast } from './forecast.ts';
import { heatmapStart, reviewHeatmap, type Heatmap } from './heatmap.ts';
import { quizHistory, type FinishedQuiz, type QuizHistory } from './quiz-history.ts';
import { retentionOverTime, type RetentionWeek } from './retention.ts';
import { inScope } from './scope.ts';

export interface StatsInput {
	now: number;
	/** Reviews since `heatmapStart(now)`. */
	reviews: readonly {
		deckId: string;
		factId: string;
		rating: number;
		reviewedAt: number;
		prev: { queue: number; state?: number };
	}[];
	/** Seen cards of every deck. */
	cards: readonly { deckId: string; queue: number; due: number }[];
	attempts: readonly (FinishedQuiz & {
		answers: readonly { factId: string; correct: boolean }[];
	})[];
	/** The facts of every deck that has history, for accuracy. */
	decks: readonly AccuracyDeck[];
}

export interface StatsReport {
	heatmap: Heatmap;
	forecast: DueForecast;
	retention: RetentionWeek[];
	quizzes: QuizHistory;
	/** Per deck with answers, in the order given. */
	accuracy: DeckAccuracy[];
	overall: Score;
	weakest: FactScore[];
}

export function statsReport(input: StatsInput, deckId: string): StatsReport {
	const since = heatmapStart(input.now);
	const reviews = inScope(input.reviews, deckId);
	const attempts = inScope(input.attempts, deckId);
	const recentAttempts = attempts.filter((a) => a.finishedAt >= since);
	const accuracy = inScope(
		input.decks.map((d) => ({ ...d, deckId: d.id })),
		deckId
	)
		.map((deck) => factAccuracy(reviews, recentAttempts, deck))
		.filter((a) => a.total > 0);
	const right = accuracy.reduce((sum, a) => sum + a.right, 0);
	const total = accuracy.reduce((sum, a) => sum + a.total, 0);
	return {
		heatmap: reviewHeatmap(reviews, input.now),
		forecast: dueForecast(inScope(input.cards, deckId), input.now),
		retention: retentionOverTime(reviews, input.now, since),
		quizzes: quizHistory(attempts),
		accuracy,
		overall: { right, total, rate: total ? right / total : 0 },
		weakest: weakestFacts(accuracy)
	};
}
