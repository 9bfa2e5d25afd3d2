/**
 * The results screen's review of a quiz, question by question, in parts a phone can show: a
 * matching answer as its pairs (each right or wrong, with the right partner), not one long line.
 */
import type { Question } from '../questions/types.ts';
import { showAnswer } from './feedback.ts';

export interface PairReview {
	left: string;
	/** What the student matched it with ("—" when nothing). */
	chosen: string;
	right: string;
	correct: boolean;
}

/**
 * A matching answer, read back from the text the attempt keeps (`left → right; …`, in the
 * question's order): each pair as the student made it beside the right one.
 */
export function matchingReview(question: Question, given: string): PairReview[] {
	const pairs = question.pairs ?? [];
	return pairs.map(([left, right], i) => {
		const start = given.indexOf(`${left} → `);
		const next = pairs[i + 1];
		const end = next ? given.indexOf(`; ${next[0]} → `, start) : -1;
		const chosen =
			start < 0
				? '—'
				: given.slice(start + left.length + 3, end < 0 ? undefined : end).trim() || '—';
		return { left, chosen, right, correct: chosen === right };
	});
}

/** "True"/"False" for a true-or-false answer, the text itself otherwise. */
export function answerText(answer: string | undefined, question: Question): string {
	if (answer === undefined || answer === '') return '—';
	return question.type === 'true-false' ? showAnswer(answer) : answer;
}
