/**
 * The question linter's vocabulary. Every question the engine makes, from a curated deck or a
 * generated one, is checked by the rules in this folder before anyone sees it; a question with a
 * finding is repaired (another wrong answer drawn) or dropped, never shown.
 */
import type { Fact, Slot } from '../../content/deck-schema.ts';
import type { DeckIndex } from '../deck-index.ts';
import type { Question } from '../types.ts';

/**
 * The rules, each a defect a demanding teacher would refuse a question for. The first eight are
 * the classes of the question-quality issue; the rest are ones found while building it.
 */
export const LINT_RULES = [
	/** Class 1: one thing under two names (two right options; an alias offered as wrong). */
	'one-thing-two-names',
	/** Class 2: a wrong answer of another fine kind, era or frame than the right one. */
	'swap-across-kinds',
	/** Class 2/3: a statement false from its own wording (a role or order it contradicts). */
	'self-contradiction',
	/** Class 3: a number or date that cannot be (below absolute zero, 130 %, after the article). */
	'impossible-number',
	/** Class 4: a stem that needs the sentence before it ("that number", "he"). */
	'dangling-reference',
	/** Class 5: a quotation asked only for who said it. */
	'speaker-only',
	/** Class 7: an answer not worth knowing (a weekday, the article's own subject). */
	'not-worth-asking',
	/** The answer can be found from the question's own wording or the options' form. */
	'given-away',
	/** Two options (or a "false" statement) that are right. */
	'two-right-answers',
	/** Doubled words, "a" before a vowel, a stray "the", broken quotation marks. */
	'ungrammatical',
	/** The answer cannot be found in the cited source. */
	'unanswerable'
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** Rules over a whole quiz rather than one question (class 6). */
export const QUIZ_RULES = ['near-copies', 'true-false-balance'] as const;
export type QuizRule = (typeof QUIZ_RULES)[number];

export interface Finding {
	rule: LintRule;
	message: string;
	/** The option (or swapped-in text) at fault, when one is: another can be drawn instead. */
	option?: string;
}

/** A question with what it was made from: the linter reads the deck, not only the words. */
export interface LintSubject {
	question: Question;
	/** The fact the question asks about (a matching question: its first). */
	fact: Fact;
	/** The slot the question blanks, or whose answer a false statement replaces. */
	slot?: Slot;
	/** A false true-or-false statement: the text put in place of `slot.answer`. */
	swap?: string;
}

export interface LintContext {
	index: DeckIndex;
	/** The year the article was written, or the latest it names: a past event cannot be later. */
	year?: number;
	/** The latest month (1–12) of `year` the article names in its past: "April 2025" is later. */
	month?: number;
}

export type Rule = (subject: LintSubject, context: LintContext) => Finding[];
