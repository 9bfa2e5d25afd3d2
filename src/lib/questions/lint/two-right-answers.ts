/**
 * Two right answers: options that are the same answer written twice ("1,000" and "1000"), or a
 * wrong number that the sentence's own words make right too ("over 600 miles" is also over 300
 * miles; "about 9,000" is also about 9,200). A "false" statement made that way is true.
 */
import { normalizeAnswer } from '../../answers/normalize.ts';
import { parseNumber } from '../../answers/numbers.ts';
import { overlap } from '../../language/regions.ts';
import { timesMismatch } from './figure-ratios.ts';
import type { Finding, Rule } from './finding.ts';
import { wrongAnswers } from './wrong-answers.ts';

export type Bound = 'at-least' | 'at-most' | 'about';

/** What the words before a number say about it. */
export function boundBefore(text: string): Bound | undefined {
	const before = text.slice(-30).toLowerCase();
	if (
		/(more than|over|at least|above|exceed(ed|s|ing)?|upwards of|in excess of|beyond)\s*$/.test(
			before
		)
	)
		return 'at-least';
	if (/(less than|under|fewer than|at most|below|no more than|as few as)\s*$/.test(before))
		return 'at-most';
	if (
		/(about|around|nearly|almost|roughly|approximately|some|close to|an estimated|estimated|just over|just under)\s*$/.test(
			before
		)
	)
		return 'about';
	return undefined;
}

/**
 * Whether `value` stands in a comparison with a clause ("more than Larkfield spends … in three
 * years"), not with a figure ("more than 20%", handled by boundBefore): from the comparison to the
 * value, within one clause.
 */
export function inComparedClause(statement: string, value: string): boolean {
	const at = statement.indexOf(value);
	if (at < 0) return false;
	const clause = statement.slice(0, at).split(/[,;:]/).pop() ?? '';
	return /\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger) than (?!(about|around|nearly|almost|some|just|over|under|half|twice|double|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)(?![\d£$€])[a-z]/i.test(
		clause
	);
}

/**
 * Whether `wrong` is also right, given the right value and the sentence's bound: if the front
 * line is "over 600 miles" long, it is over 300 miles long too (but not surely over 900).
 */
export function alsoRight(
	right: number,
	wrong: number,
	bound: Bound | undefined,
	tolerance = 0
): boolean {
	if (Math.abs(wrong - right) <= tolerance) return true;
	if (bound === 'at-least') return wrong < right;
	// "fewer than 10 people": a staff of four makes "fewer than 7" true too. Nothing is surely
	// false but a number it could not be, and a larger one is surely true.
	if (bound === 'at-most') return true;
	if (bound === 'about') return Math.abs(wrong - right) <= Math.abs(right) * 0.2;
	return false;
}

export const twoRightAnswers: Rule = (subject) => {
	const { question, fact, slot } = subject;
	const findings: Finding[] = [];
	const options = question.options ?? [];
	const seen = new Map<string, string>();
	for (const option of question.type === 'matching' ? [] : options) {
		// "2,000" and "2000" are one answer: thousands commas do not count.
		const key = normalizeAnswer(option).replace(/(?<=\d),(?=\d)/g, '');
		const first = seen.get(key);
		if (first !== undefined)
			findings.push({
				rule: 'two-right-answers',
				message: `“${first}” and “${option}” are the same answer`,
				// Blame the copy, never the right answer (the engine replaces the option blamed).
				option: option === question.answer ? first : option
			});
		else seen.set(key, option);
	}
	// "the west coast of Scotland" is the west coast of Britain too.
	if (slot && (slot.kind === 'country' || slot.kind === 'place'))
		for (const wrong of wrongAnswers(subject))
			if (overlap(wrong.text, slot.answer))
				findings.push({
					rule: 'two-right-answers',
					message: `“${wrong.text}” contains “${slot.answer}” or lies inside it: also right`,
					option: wrong.text
				});
	// "25,000 copies, more than ten times 2,000": "more than twelve times" is true as well.
	if (
		slot?.kind === 'number' &&
		/\bmore than (\w+) times\b/i.test(fact.statement) &&
		!timesMismatch(fact.statement)
	)
		for (const wrong of wrongAnswers(subject))
			if (wrong.statement !== undefined && !timesMismatch(wrong.statement))
				findings.push({
					rule: 'two-right-answers',
					message: `with “${wrong.text}” the sentence's own figures still agree: also right`,
					option: wrong.text
				});
	// "£46 million, more than Larkfield spends … in a typical three years": a figure inside a
	// comparison with a whole clause, which may hold at other values too.
	if (
		slot &&
		(slot.kind === 'number' || slot.kind === 'date') &&
		inComparedClause(fact.statement, slot.answer)
	)
		for (const wrong of wrongAnswers(subject))
			if (!findings.some((f) => f.option === wrong.text))
				findings.push({
					rule: 'two-right-answers',
					message: `inside “more than …”, “${wrong.text}” may make the comparison true too`,
					option: wrong.text
				});
	if (!slot || slot.kind !== 'number') return findings;
	const right = slot.value ?? parseNumber(slot.answer);
	if (right === undefined) return findings;
	const at = fact.statement.indexOf(slot.answer);
	const bound = at < 0 ? undefined : boundBefore(fact.statement.slice(0, at));
	// "30-plus nations", "1000 km-plus": the figure is a floor.
	const plus = /^[-\s]?plus\b|^\+/.test(fact.statement.slice(at + slot.answer.length))
		? 'at-least'
		: undefined;
	for (const wrong of wrongAnswers(subject)) {
		if (findings.some((f) => f.option === wrong.text)) continue; // already the same answer twice
		const value = parseNumber(wrong.text);
		if (value === undefined) continue;
		if (alsoRight(right, value, bound ?? plus, slot.tolerance ?? 0))
			findings.push({
				rule: 'two-right-answers',
				message: `“${wrong.text}” is also right${(bound ?? plus) ? ` (the sentence says ${bound ?? plus})` : ''}`,
				option: wrong.text
			});
	}
	return findings;
};
