/**
 * Answers not worth a question whatever the sentence: a day of the week, the hour of a minor
 * event, "today", a pronoun, a rough size ("hundreds"), a title taken for a name ("Dean").
 */
import { normalizeAnswer } from '../../answers/normalize.ts';
import { TITLES } from '../../language/lexicon.ts';

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
	// "several _____ people": "hundred" is a size, not a figure to learn.
	if (/^(hundreds?|thousands?|dozens?|millions?)$/.test(key))
		return `“${answer}” is a rough size, not a figure`;
	// "The _____ said she hoped…" (Dean), "the Lord _____ of the county" (Lieutenant).
	if (TITLES.has(key) || /^(dean|provost|canon|archdeacon|vicar|rector)$/.test(key))
		return `“${answer}” is a title, not a name`;
	return undefined;
}
