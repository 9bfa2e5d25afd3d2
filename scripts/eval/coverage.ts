/**
 * Which labelled key facts a deck's questions ask. A question asks a key fact when it cites the
 * fact's sentence and what it tests is one of the fact's answers: the blank of a cloze, multiple
 * choice or number question (a "strict" ask), the swapped part of a false statement, the speaker
 * of a "who said it?", the pairs of a matching question. A true statement asks the whole of its
 * sentence: every key fact that sentence states.
 */
import type { Deck } from '../../src/lib/content/deck-schema.ts';
import { normalizeAnswer } from '../../src/lib/answers/normalize.ts';
import type { Question } from '../../src/lib/questions/types.ts';
import type { KeyFact } from './corpus.ts';

export interface Asked {
	answers: string[];
	/** The answer is the blank itself, not a part of a statement to judge. */
	strict: boolean;
}

export function askedBy(question: Question, deck: Deck): Asked {
	const [factId, type, slotId] = question.id.split('.');
	const fact = deck.facts.find((f) => f.id === factId);
	if (question.type === 'matching') return { answers: (question.pairs ?? []).flat(), strict: true };
	if (!fact) return { answers: [], strict: false };
	const formsOf = (answer: string, entityId?: string) => {
		const entity = deck.entities.find((e) => e.id === entityId);
		return [answer, ...(entity ? [entity.name, ...entity.aliases] : [])];
	};
	if (type === 'who') {
		const speaker = deck.entities.find((e) => e.id === fact.quote?.speaker);
		return { answers: speaker ? [speaker.name, ...speaker.aliases] : [], strict: true };
	}
	if (type === 'tf' && slotId === undefined)
		return {
			answers: fact.slots.flatMap((s) => [
				...formsOf(s.answer, s.entity),
				...(s.inSource ? [s.inSource] : [])
			]),
			strict: false
		};
	const slot = fact.slots.find((s) => s.id === slotId);
	if (!slot) return { answers: [], strict: false };
	return {
		answers: [...formsOf(slot.answer, slot.entity), ...(slot.inSource ? [slot.inSource] : [])],
		strict: type !== 'tf'
	};
}

function overlaps(a: string, b: string): boolean {
	const x = ` ${normalizeAnswer(a, { titles: true })} `;
	const y = ` ${normalizeAnswer(b, { titles: true })} `;
	if (x.trim() === '' || y.trim() === '') return false;
	return x.includes(y) || y.includes(x);
}

export interface Coverage {
	fact: KeyFact;
	/** Asked by some question. */
	asked: boolean;
	/** Asked as a blank (cloze, multiple choice, number, who said it, matching). */
	strict: boolean;
}

/**
 * Whether a question cites the key fact's sentence: its source holds the sentence (alone, or after
 * the sentence before it), or is the sentence without what the generator left off ("HOLLIS RIDGE,
 * W.Va. — " before a wire story's first sentence).
 */
function cites(source: string, sentence: string): boolean {
	return source.includes(sentence) || (source.length >= 40 && sentence.endsWith(source));
}

export function coverage(keyFacts: KeyFact[], questions: Question[], deck: Deck): Coverage[] {
	const asked = questions.map((q) => ({ q, ...askedBy(q, deck) }));
	const whole = (q: Question) => q.type === 'true-false' && q.answer === 'true';
	return keyFacts.map((fact) => {
		const hits = asked.filter(
			({ q, answers }) =>
				cites(q.source, fact.sentence) &&
				(whole(q) || answers.some((a) => fact.answers.some((k) => overlaps(a, k))))
		);
		return { fact, asked: hits.length > 0, strict: hits.some((h) => h.strict) };
	});
}
