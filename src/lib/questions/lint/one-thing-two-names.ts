/**
 * Class 1, one thing under two names: "Maria Lopez" and "Lopez" offered as two options (two
 * right answers), the answer's own alias offered as a wrong one, or a "false" statement that only
 * renames the answer ("Lopez led the study" keyed false). Also a wrong answer that repeats a thing
 * the statement already names elsewhere ("Lopez thanked Lopez").
 */
import { answerWords } from '../../answers/normalize.ts';
import type { DeckIndex } from '../deck-index.ts';
import type { Finding, Rule } from './finding.ts';
import { wrongAnswers } from './wrong-answers.ts';

/** "International Monetary Fund" → "imf"; "the U.S." → "us". */
function initials(words: string[]): string {
	return words
		.filter((w) => !/^(of|and|for|the|de|du|la|le)$/.test(w))
		.map((w) => w[0])
		.join('');
}

/**
 * Whether two texts name the same thing: the same entity, one a part of the other, or an acronym.
 * `titles`: they name people, whose titles do not count ("Dr Lopez" is "Maria Lopez"); a role's
 * words do ("Foreign Minister of Ukraine" is not "President of Ukraine").
 */
export function sameThing(a: string, b: string, index?: DeckIndex, titles = true): boolean {
	const ea = index?.entityNamed(a);
	const eb = index?.entityNamed(b);
	if (ea && eb && ea === eb) return true;
	const wa = answerWords(a, { titles });
	const wb = answerWords(b, { titles });
	if (!wa.length || !wb.length) return false;
	if (wa.join(' ') === wb.join(' ')) return true;
	const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
	const shortText = short.join(' ');
	// "Lopez" in "Maria Lopez", "Wendle" in "River Wendle": a name's last word, or a run of several
	// of its words, names it. Numbers do not ("2" is not "2 June"), nor a lone first word ("Maria").
	if (short.length < long.length && /\p{L}/u.test(shortText)) {
		const original = (wa.length <= wb.length ? a : b).trim();
		const capitalised = /^(the\s+)?\p{Lu}/u.test(original);
		const contiguous = ` ${long.join(' ')} `.includes(` ${shortText} `);
		const lastWords = long.slice(long.length - short.length).join(' ') === shortText;
		if (capitalised && contiguous && (lastWords || short.length > 1)) return true;
	}
	// "IMF" for "International Monetary Fund".
	const acronym = (x: string[], y: string[]) =>
		x.length === 1 && x[0].length >= 2 && y.length >= 2 && initials(y) === x[0];
	return acronym(wa, wb) || acronym(wb, wa);
}

export const oneThingTwoNames: Rule = (subject, { index }) => {
	const { question, fact, slot } = subject;
	const findings: Finding[] = [];
	// A false statement's key is "false": what its swap must not rename is the slot's answer.
	const answer = question.type === 'true-false' && slot ? slot.answer : question.answer;
	const titles = question.type === 'who-said' || slot?.kind === 'person';
	for (const wrong of wrongAnswers(subject)) {
		if (sameThing(wrong.text, answer, index, titles)) {
			findings.push({
				rule: 'one-thing-two-names',
				message: `“${wrong.text}” names the right answer, ${answer}, again`,
				option: wrong.text
			});
			continue;
		}
		// The statement already names this thing somewhere else: "Lopez thanked Lopez".
		if (slot && wrong.statement !== undefined) {
			const at = fact.statement.indexOf(slot.answer);
			const rest =
				at < 0
					? ''
					: fact.statement.slice(0, at) + ' | ' + fact.statement.slice(at + slot.answer.length);
			const named = index.entityNamed(wrong.text);
			const restNames =
				named &&
				[named.name, ...named.aliases].some((form) =>
					` ${answerWords(rest, { titles: true }).join(' ')} `.includes(
						` ${answerWords(form, { titles: true }).join(' ')} `
					)
				);
			if (restNames)
				findings.push({
					rule: 'one-thing-two-names',
					message: `“${wrong.text}” is already named elsewhere in the statement`,
					option: wrong.text
				});
		}
	}
	// Two options (or two matching answers) naming one thing: two right answers, or a giveaway.
	const choices =
		question.type === 'matching'
			? (question.pairs ?? []).map(([, r]) => r)
			: (question.options ?? []);
	for (let i = 0; i < choices.length; i++)
		for (let j = i + 1; j < choices.length; j++) {
			const [a, b] = [choices[i], choices[j]];
			if (a === answer || b === answer) continue; // reported above, against the answer
			if (sameThing(a, b, index, titles))
				findings.push({
					rule: 'one-thing-two-names',
					message: `“${a}” and “${b}” name the same thing`,
					option: b
				});
		}
	return findings;
};
