/**
 * What a quiz question and its feedback say, in words: the prompt, the kind of question, and after
 * an answer the verdict and one sentence naming the right answer (once, however it was reached).
 */
import type { Marked } from '../questions/grade.ts';
import { QUESTION_TYPE_LABELS, type Question } from '../questions/types.ts';

/** An answer as a student reads it: true/false capitalised, everything else as given. */
export function showAnswer(answer: string): string {
	return answer === 'true' ? 'True' : answer === 'false' ? 'False' : answer;
}

/** The right answer as taught: a number in the article's own form, with its unit. */
export function correctAnswer(question: Question): string {
	if (question.type === 'numeric' && question.key) {
		const unit = question.key.unit ? ` ${question.key.unit}` : '';
		return `${question.key.answer}${unit}`;
	}
	return showAnswer(question.answer);
}

/** A true/false question says so in its prompt, read first by everyone. */
export function questionPrompt(question: Question): string {
	return question.type === 'true-false' ? `True or false? ${question.prompt}` : question.prompt;
}

/** The kind of question under the prompt, unless the prompt already says it (true or false). */
export function questionKind(question: Question): string | undefined {
	if (question.type === 'true-false') return undefined;
	const unit = question.key?.unit ? ` · in ${question.key.unit}` : '';
	return `${QUESTION_TYPE_LABELS[question.type]}${unit}`;
}

export interface FeedbackText {
	correct: boolean;
	verdict: 'Correct!' | 'Not quite.';
	/** One sentence naming the right answer (none for matching: the board shows each pair). */
	answer?: string;
	/** A false statement's true version. */
	truth?: string;
}

export function feedbackText(question: Question, marked: Marked): FeedbackText {
	const correct = marked.correct;
	const verdict = correct ? 'Correct!' : 'Not quite.';
	const truth =
		question.type === 'true-false' && question.answer === 'false' && question.truth
			? question.truth
			: undefined;
	if (question.type === 'matching') return { correct, verdict, truth };
	const right = `The answer is ${correctAnswer(question)}.`;
	if (!correct)
		return {
			correct,
			verdict,
			answer: `You answered “${showAnswer(marked.given)}”. ${right}`,
			truth
		};
	// A typed answer accepted though not exact says what was forgiven, and names the answer itself.
	// Another name for it ("Correct: 1,000.") would only repeat the verdict and the answer.
	const check = marked.check;
	const explained = check && check.message !== 'Correct.' && check.forgiven !== 'alias';
	return { correct, verdict, answer: explained ? check.message : right, truth };
}
