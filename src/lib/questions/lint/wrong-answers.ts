/**
 * What a question offers that is wrong: a multiple choice's other options, or the text a false
 * statement puts in place of the answer. Each is checked as the statement it makes: a wrong option
 * is only fair if "the statement with it" is a believable falsehood.
 */
import type { Fact, Slot } from '../../content/deck-schema.ts';
import { normalizeAnswer } from '../../answers/normalize.ts';
import { replaceFirst } from '../wording.ts';
import type { LintSubject } from './finding.ts';

export interface WrongAnswer {
	text: string;
	/** The fact's statement with this wrong answer in place of the right one. */
	statement?: string;
}

/** A name of several words whose last is a plural ("Brightfield Renewables", not "City Bus"). */
const PLURAL_NAME = /\s\S*[^suio'’]s$/i;

export function statementWith(fact: Fact, slot: Slot, replacement: string): string {
	const statement = replaceFirst(fact.statement, slot.answer, replacement, {
		lowerCaseStart: slot.kind === 'role'
	});
	// "SLPN's director" → "Brightfield Renewables' director": a plural name takes the apostrophe
	// alone.
	const plural = PLURAL_NAME.test(replacement) && !PLURAL_NAME.test(slot.answer);
	return plural ? statement.replace(`${replacement}'s`, `${replacement}'`) : statement;
}

export function wrongAnswers({ question, fact, slot, swap }: LintSubject): WrongAnswer[] {
	if (question.type === 'true-false') {
		if (question.answer !== 'false' || swap === undefined || !slot) return [];
		return [{ text: swap, statement: question.prompt }];
	}
	if (question.type !== 'multiple-choice' && question.type !== 'who-said') return [];
	const right = normalizeAnswer(question.answer);
	return (question.options ?? [])
		.filter((o) => normalizeAnswer(o) !== right)
		.map((text) => ({
			text,
			...(slot && question.type === 'multiple-choice'
				? { statement: statementWith(fact, slot, text) }
				: {})
		}));
}

/** The text outside quotation marks, with quoted stretches replaced by a placeholder word. */
export function unquoted(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"/g, ' QUOTE ');
}

/** Lower-case words of a text (letters, digits, apostrophes, hyphens inside words). */
export function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
