/**
 * Statements false from their own wording, so that no knowledge of the article is needed to mark
 * them: a name beside a role or nationality it does not have ("Russian President Emmanuel
 * Macron"), a gendered title on the wrong person (both in person-fit.ts), numbers whose order the
 * sentence itself fixes ("passed by 40 votes to 52", "won 1-3", "12 of its 10 members", "rose
 * from 8 to 5 %"), dates out of the order the sentence gives ("from 2021 to 2019") (both in
 * number-orders.ts), and a "first" that the words before it say is a repeat ("coming back for a
 * first bite", "again … first", "another first").
 */
import type { Entity } from '../../content/deck-schema.ts';
import type { DeckIndex } from '../deck-index.ts';
import type { Finding, Rule } from './finding.ts';
import { dateOrderFlip } from './date-orders.ts';
import { brokenOrders } from './number-orders.ts';
import { spanMismatch } from './figure-ratios.ts';
import {
	pronounAfter,
	roleConflict,
	sexOfEvent,
	titleConflict,
	wordsBefore
} from './person-fit.ts';
import { wrongAnswers } from './wrong-answers.ts';

/**
 * Words of repetition (back, again, another, once more, return) and, up to three words later in
 * the same clause, "first": "coming back and taking a first bite". Not "back to the first page",
 * "back in 2019, the first", "again for the first time since", nor "first" as a rank or a name
 * ("another first-place finish", "another first prize", "the First Minister").
 */
const REPEATED_FIRST =
	/\b(back|again|another|once more|return(?:s|ed|ing)?)((?:\s+[\p{L}\p{N}'’]+){0,3}?)\s+first\b(?![-‑])(?!\s+(?:time\s+(?:since|in)|place|prize|division|class|team|minister|lady|choice|language|name|floor|half)\b)/giu;
/** Words after "back" or "return" that take it elsewhere ("back to", "back in 2019"). */
const ELSEWHERE = /^(?:to|in|on|at|when|then|from|into|home)$/i;

/** The repetition-then-"first" a statement says, or undefined: "back and taking a first". */
export function repeatedFirst(statement: string): string | undefined {
	for (const m of statement.matchAll(REPEATED_FIRST)) {
		const next = m[2].trim().split(/\s+/)[0] ?? '';
		if (/^(back|return)/i.test(m[1]) && ELSEWHERE.test(next)) continue;
		return m[0];
	}
	return undefined;
}

/** The person a wrong answer names, if it names one. */
function personOf(text: string, index: DeckIndex): Entity | undefined {
	const entity = index.entityNamed(text);
	return entity?.kind === 'person' ? entity : undefined;
}

/** Wrong answers that make the statement contradict itself. */
export const selfContradiction: Rule = (subject, { index }) => {
	const { fact, slot } = subject;
	const findings: Finding[] = [];
	if (!slot) return findings;
	const truthBreaks = new Set(brokenOrders(fact.statement));
	// When the true statement's years and span add up exactly, a wrong one must too.
	const exactSpan = !spanMismatch(fact.statement) && spanMismatch(fact.statement, 0) === false;
	const at = fact.statement.indexOf(slot.answer);
	const truthRepeats = repeatedFirst(fact.statement) !== undefined;
	for (const wrong of wrongAnswers(subject)) {
		if (wrong.statement === undefined) continue;
		// "coming back for a first bite": the wrong answer's "first" after words of repetition.
		const repeat = /\bfirst\b/i.test(wrong.text) && !truthRepeats && repeatedFirst(wrong.statement);
		if (repeat)
			findings.push({
				rule: 'self-contradiction',
				message: `with “${wrong.text}”: “${repeat}” calls a repeat the first`,
				option: wrong.text
			});
		if (exactSpan && spanMismatch(wrong.statement, 0) && !truthBreaks.size)
			findings.push({
				rule: 'self-contradiction',
				message: `with “${wrong.text}”: its years and the years between them do not add up`,
				option: wrong.text
			});
		// A rule the true statement already "breaks" is not one the sentence fixes.
		const broken = brokenOrders(wrong.statement).filter((b) => !truthBreaks.has(b));
		// "born in 1958 … a scholarship in 1953": dates the sentence puts in order, turned round.
		const flipped = broken.length ? undefined : dateOrderFlip(fact.statement, wrong.statement);
		for (const message of flipped ? [flipped] : broken)
			findings.push({
				rule: 'self-contradiction',
				message: `with “${wrong.text}”: ${message}`,
				option: wrong.text
			});
		const person = personOf(wrong.text, index);
		// "_____ accepted the prize wearing her late father's tie": not a man.
		// "The men's race was won by _____": not a woman.
		const sex =
			at >= 0
				? (pronounAfter(fact.statement, at, slot.answer.length) ??
					sexOfEvent(fact.statement, at, slot.answer.length))
				: undefined;
		// A person the article never calls "he" or "she" may well be the other ("Petra Lund … when he
		// won"): only someone known to fit goes where the sentence says which.
		if (person && sex && person.gender !== sex)
			findings.push({
				rule: 'self-contradiction',
				message: person.gender
					? `“${wrong.text}” there: the sentence calls that person ${sex === 'female' ? 'she' : 'he'}`
					: `“${wrong.text}” there: the sentence says ${sex === 'female' ? 'she' : 'he'}, and the article never says which ${wrong.text} is`,
				option: wrong.text
			});
		const titled =
			person && at >= 0 ? titleConflict(fact.statement.slice(0, at), person, index) : undefined;
		if (titled)
			findings.push({
				rule: 'self-contradiction',
				message: `“${wrong.text}” there: ${titled}`,
				option: wrong.text
			});
		const roleWords = at >= 0 ? wordsBefore(fact.statement, at) : [];
		const answer = index.entity(slot.entity);
		// Role words the right answer itself seems to contradict are not understood: no verdict.
		if (person && roleWords.length && !(answer && roleConflict(roleWords, answer))) {
			const conflict = roleConflict(roleWords, person);
			if (conflict)
				findings.push({
					rule: 'self-contradiction',
					message: `“${wrong.text}” there: ${conflict}`,
					option: wrong.text
				});
		}
	}
	return findings;
};
