import type { SlotKind } from '../content/deck-schema.ts';
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

/** What a typed answer is checked against (see src/lib/answers). */
export interface AnswerKey {
	answer: string;
	/** Other correct forms (aliases, surname). */
	accept: string[];
	/** Spellings from the garbled article: accepted, with a note giving the true form. */
	garbled: string[];
	kind: SlotKind;
	value?: number;
	tolerance?: number;
	unit?: string;
	/** Names of other things of the same kind: a "typo" closer to one of them is not forgiven. */
	rivals: string[];
}

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
