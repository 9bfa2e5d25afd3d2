/**
 * Class 7, answers not worth knowing: the day of the week or the hour of a minor event, "today",
 * a pronoun. What matters gets asked instead: the generator ranks sentences by importance and
 * never blanks the article's own subject.
 */
import { normalizeAnswer } from '../../answers/normalize.ts';
import { hasOpposite } from '../../language/opposites.ts';
import type { Rule } from './types.ts';

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const CLOCK = /^\d{1,2}([.:]\d{2})?\s*(am|pm)$|^(noon|midnight|midday)$/;
const EMPTY = /^(he|she|it|they|we|you|i|this|that|these|those|there|here|one|some|many|all)$/;
const RELATIVE_DAY =
	/^(today|yesterday|tomorrow|tonight|last (week|month|year|night)|next (week|month|year))$/;

/** Why an answer is not worth a question, or undefined. */
export function trivialAnswer(answer: string): string | undefined {
	const key = normalizeAnswer(answer);
	if (!key) return 'the answer is empty';
	if (WEEKDAY.test(key)) return 'a day of the week is not worth learning';
	if (CLOCK.test(answer.trim().toLowerCase())) return 'the hour is not worth learning';
	if (EMPTY.test(key)) return 'the answer is a pronoun or a word with no content';
	if (RELATIVE_DAY.test(key)) return 'the answer means nothing out of the article';
	return undefined;
}

export const notWorthAsking: Rule = ({ question, slot }) => {
	if (!slot || question.type === 'matching' || question.type === 'who-said') return [];
	// "a deeper _____ of half a point": a word with an opposite leaves a choice of two, and
	// often only one fits the grammar. It is asked as a true or false statement instead.
	if (question.type !== 'true-false' && hasOpposite(slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `“${slot.answer}” or its opposite: a choice of two` }
		];
	const reason = trivialAnswer(slot.answer);
	return reason ? [{ rule: 'not-worth-asking', message: reason }] : [];
};
