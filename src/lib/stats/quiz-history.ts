/** Quiz scores over time: one point per finished quiz, oldest first. */

export interface QuizPoint {
	id: string;
	deckId: string;
	title: string;
	finishedAt: number;
	score: number;
	total: number;
	/** Whole percent, 0–100. */
	percent: number;
}

/** What a point needs of a finished quiz (an attempt row). */
export type FinishedQuiz = Omit<QuizPoint, 'percent'>;

export interface QuizHistory {
	points: QuizPoint[];
	best?: QuizPoint;
	latest?: QuizPoint;
	/** Mean of the percentages, rounded. */
	average?: number;
}

export function quizHistory(attempts: readonly FinishedQuiz[]): QuizHistory {
	const points = attempts
		.filter((a) => a.total > 0)
		.map(({ id, deckId, title, finishedAt, score, total }) => ({
			id,
			deckId,
			title,
			finishedAt,
			score,
			total,
			percent: Math.round((score / total) * 100)
		}))
		.sort((a, b) => a.finishedAt - b.finishedAt || a.id.localeCompare(b.id));
	if (!points.length) return { points };
	const best = points.reduce((top, p) => (p.percent >= top.percent ? p : top));
	return {
		points,
		best,
		latest: points[points.length - 1],
		average: Math.round(points.reduce((sum, p) => sum + p.percent, 0) / points.length)
	};
}
