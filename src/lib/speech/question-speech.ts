/**
 * What "Read aloud" says for a quiz question: the prompt with its choices lettered, and after an
 * answer the verdict and the right answer as the feedback words them.
 */
import type { Marked } from '../questions/grade.ts';
import type { Question } from '../questions/types.ts';
import { feedbackText, questionPrompt } from '../quiz-run/feedback.ts';
import { sentences } from './read-aloud.ts';

const LETTERS = 'ABCDEF';

/** The choices as a list to hear: "A, Kyiv; B, Lviv." */
function choices(options: string[]): string {
	return `${options.map((o, i) => `${LETTERS[i] ?? i + 1}, ${o}`).join('; ')}.`;
}

/** A question as it stands before an answer: the prompt, then what there is to choose from. */
export function questionSpeech(question: Question): string {
	const prompt = questionPrompt(question);
	switch (question.type) {
		case 'multiple-choice':
		case 'who-said':
			return sentences([prompt, choices(question.options ?? [])]);
		case 'matching': {
			const lefts = (question.pairs ?? []).map(([left], i) => `${i + 1}, ${left}`);
			return sentences([
				prompt,
				`Match ${lefts.join('; ')}`,
				`with ${choices(question.options ?? [])}`
			]);
		}
		case 'numeric':
			return sentences([prompt, question.key?.unit && `Answer in ${question.key.unit}`]);
		default:
			return sentences([prompt]);
	}
}

/** After an answer: the verdict, the right answer (matching: each pair), the truth, and why. */
export function feedbackSpeech(question: Question, marked: Marked): string {
	const text = feedbackText(question, marked);
	const pairs =
		question.type === 'matching'
			? `The answer is ${(question.pairs ?? []).map(([l, r]) => `${l}: ${r}`).join('; ')}`
			: undefined;
	return sentences([
		text.verdict,
		text.answer ?? pairs,
		text.truth && `In fact: ${text.truth}`,
		question.explanation
	]);
}
