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

/**
 * A false true-or-false statement: the statement with `swap` in place of the answer, its "a" or
 * "an" as the swap is said. (A multiple choice keeps its "a _____": a wrong option that does not
 * fit the article is a cue the linter must see.)
 */
export function swappedStatement(fact: Fact, slot: Slot, swap: string): string {
	return withArticleFor(statementWith(fact, slot, swap), swap);
}

/** Whether a number is said with a vowel first: 8, 80, 11, 18, 11,000, 18 million; not 110. */
function numberSaidWithVowel(text: string): boolean {
	const digits = /^\d[\d,]*/.exec(text)?.[0].replace(/,/g, '');
	if (!digits) return false;
	if (digits.startsWith('8')) return true;
	return digits.length % 3 === 2 && /^1[18]/.test(digits);
}

/** Whether a word or number is said with a vowel first ("an 88% refund", "an estimated"). */
function saidWithVowel(text: string): boolean | undefined {
	if (/^\d/.test(text)) return numberSaidWithVowel(text);
	if (/^(one|once|eu|uni|use|usu|ut)/i.test(text)) return false;
	if (/^[aeio]/i.test(text)) return true;
	if (/^[bcdfgjklmnpqrstvwxyz]/i.test(text)) return false;
	return undefined;
}

/** "a 50% refund" with 88% put in: "an 88% refund"; "an 11-year-old" with 12: "a 12-year-old". */
function withArticleFor(statement: string, replacement: string): string {
	const vowel = saidWithVowel(replacement);
	if (vowel === undefined) return statement;
	const at = statement.indexOf(replacement);
	if (at < 0) return statement;
	const before = /\b(a|an|A|An) $/.exec(statement.slice(0, at));
	if (!before) return statement;
	const article = (vowel ? 'an' : 'a').replace(/^a/, before[1][0]);
	return `${statement.slice(0, before.index)}${article} ${statement.slice(at)}`;
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
