/**
 * Class 2, swaps across fine kinds: a wrong answer must be a thing of the same fine kind, era and
 * frame as the right one, or the question is answered by its form. A person for a person of the
 * same standing (a leader for a leader, a historical figure for a historical figure), never an
 * organisation, a prize, a ship or a building named after a person; a sum of money for a sum of
 * money; a year for a year.
 */
import { sameFineKind } from '../../content/kinds.ts';
import type { Entity } from '../../content/deck-schema.ts';
import {
	MONTH_ALTERNATION,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	TERM_HEADS
} from '../../language/lexicon.ts';
import { isEntityKind } from '../deck-index.ts';
import type { Finding, Rule } from './finding.ts';
import { wordsOf, wrongAnswers } from './wrong-answers.ts';

/** Prefixes of ships' names. */
const VESSEL = /^(the\s+)?(HMS|HMAS|HMCS|RRS|RMS|USS|SS|MV|MS)\s/;

/** A name that is not a person's: "the Nobel Prize", "HMS Victory", "Barish Hall". */
export function namesAThing(text: string): boolean {
	if (/^the\s/i.test(text.trim()) || VESSEL.test(text.trim())) return true;
	const words = wordsOf(text);
	const last = words.at(-1) ?? '';
	return Boolean(ORGANISATION_HEADS[last] || PLACE_HEADS[last] || TERM_HEADS[last]);
}

/** "£480,000" → "£#"; "14 June 2015" → "# m #" (a month, written out or "Sept.", is one shape word). */
export function valueShape(text: string): string {
	return (
		text
			.replace(/\d[\d,]*(\.\d+)?/g, '#')
			.replace(
				/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/gi,
				'#'
			)
			.replace(new RegExp(`\\b(${MONTH_ALTERNATION})\\b`, 'g'), 'M')
			// An American wire's "Sept. 30", "Dec. 31".
			.replace(/\b(Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s)/g, 'M')
			.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, 'D')
			.replace(/\s+/g, ' ')
			.trim()
			.toLowerCase()
	);
}

function describe(entity: Entity): string {
	return entity.category ? `${entity.kind} (${entity.category})` : entity.kind;
}

export const swapAcrossKinds: Rule = (subject, { index }) => {
	const { question, fact, slot } = subject;
	const findings: Finding[] = [];
	const add = (option: string, message: string) =>
		findings.push({ rule: 'swap-across-kinds', message, option });
	const wrongs = wrongAnswers(subject);
	if (question.type === 'who-said') {
		const speaker = index.entity(fact.quote?.speaker);
		for (const { text } of wrongs) {
			const other = index.entityNamed(text);
			if (other && other.kind !== 'person') add(text, `“${text}” is a ${other.kind}, not a person`);
			else if (!other && namesAThing(text)) add(text, `“${text}” is not a person`);
			else if (other && speaker && !sameFineKind(other, speaker))
				add(text, `“${text}” is a ${describe(other)}; the speaker is a ${describe(speaker)}`);
		}
		return findings;
	}
	if (!slot) return findings;
	const entity = index.entity(slot.entity);
	for (const { text } of wrongs) {
		if (isEntityKind(slot.kind)) {
			const other = index.entityNamed(text);
			if (other && other.kind !== slot.kind)
				add(text, `“${text}” is a ${other.kind}; the answer is a ${slot.kind}`);
			else if (other && entity && !sameFineKind(other, entity))
				add(text, `“${text}” is a ${describe(other)}; the answer is a ${describe(entity)}`);
			else if (!other && slot.kind === 'person' && namesAThing(text))
				add(text, `“${text}” is not a person`);
		} else if (slot.kind === 'number' || slot.kind === 'date') {
			if (valueShape(text) !== valueShape(slot.answer))
				add(text, `“${text}” is not written like “${slot.answer}” (another unit or shape)`);
		}
	}
	return findings;
};
