import type { AnswerKey } from '../answers/key.ts';
import type { Misprint } from '../content/misprints.ts';

export const QUESTION_TYPES = [
	'multiple-choice',
	'true-false',
	'cloze',
	'who-said',
	'matching',
	'numeric'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	'multiple-choice': 'Multiple choice',
	'true-false': 'True or false',
	cloze: 'Fill in the blank',
	'who-said': 'Who said it?',
	matching: 'Matching',
	numeric: 'Numbers'
};

export interface Question {
	/** Stable: derived from the fact and slot ids, never from positions in the deck. */
	id: string;
	type: QuestionType;
	prompt: string;
	/** The correct option's text, the number, or "true"/"false". */
	answer: string;
	/** Choices in display order (multiple choice, who said it, matching's right-hand column). */
	options?: string[];
	/** Matching: the correct [left, right] pairs, left in display order. */
	pairs?: [string, string][];
	/** Typed answers (cloze, numeric): how to check them. */
	key?: AnswerKey;
	/** True/false: the statement as it really is, shown after a false one is answered. */
	truth?: string;
	factId: string;
	/** Every fact the question draws on (matching draws on several). */
	factIds: string[];
	/** The article sentence(s), verbatim. */
	source: string;
	/** Parts of the source to highlight as the answer. */
	highlight: string[];
	/** The source's garbled words, each with what it should read (shown marked beside it). */
	misprints?: Misprint[];
	explanation?: string;
	topic?: string;
}

/** A flashcard: a stable id so review history survives content edits. */
export interface CardTemplate {
	id: string;
	factId: string;
	kind: 'cloze' | 'qa' | 'quote';
	front: string;
	back: string;
	/** The fact's corrected statement, shown with the back. */
	statement: string;
	key: AnswerKey;
	source: string;
	highlight: string[];
	misprints?: Misprint[];
	explanation?: string;
	topic?: string;
}
