/**
 * What "Read aloud" says for a flashcard or a quiz question: the words the screen shows (the deck's
 * corrected text, never the article's garbled source sentence), put so that they sound right. A
 * blank is read as "blank", choices with their letters, and once the answer shows, the answer and
 * the feedback instead of the question.
 */
import type { CheckResult } from '../answers/check.ts';
import type { Marked } from '../questions/grade.ts';
import type { CardTemplate, Question } from '../questions/types.ts';
import { feedbackText, questionPrompt } from '../quiz-run/feedback.ts';

const LETTERS = 'ABCDEF';

/** Text as a voice should read it: a blank ("_____") is the word "blank", spaces are single. */
export function speakable(text: string): string {
	return text.replace(/_{2,}/g, 'blank').replace(/\s+/g, ' ').trim();
}

/** Sentences joined, each ending in a stop so the voice pauses between them. */
function sentences(parts: (string | undefined)[]): string {
	return speakable(
		parts
			.filter((p): p is string => !!p?.trim())
			.map((p) => p.trim())
			.map((p) => (/[.!?…:;”"’)]$/.test(p) ? p : `${p}.`))
			.join(' ')
	);
}

/**
 * A flashcard's front; once revealed, the verdict on a typed answer, the answer and the fact's
 * statement (a cloze card's front filled in: the blanked sentence would be read with a gap).
 */
export function cardSpeech(
	card: CardTemplate,
	revealed: boolean,
	typed?: { text: string; check: CheckResult }
): string {
	if (!revealed) return sentences([card.front]);
	const verdict =
		typed &&
		`${typed.check.correct ? 'Right.' : 'Not quite.'} You typed “${typed.text}”. ${typed.check.message}`;
	return sentences([verdict, card.back, card.statement === card.back ? undefined : card.statement]);
}

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
