/**
 * The deck's flashcards: a cloze or question card for each slot of a fact, and a "who said it?"
 * card for each quotation, with the same answer keys and highlights as the questions.
 */
import type { Deck } from '../content/deck-schema.ts';
import { indexDeck } from './deck-index.ts';
import {
	answerKeyFor,
	highlightFor,
	slotHighlight,
	sourceText,
	speakerForms,
	whoSaidPrompt
} from './question-parts.ts';
import { blankOut } from './wording.ts';
import type { CardTemplate } from './types.ts';
import { runInSlices, runToEnd, type Sliced } from '../main-thread/slices.ts';

/**
 * The deck's flashcards: a cloze card for each fact's first slot (the whole statement), a question
 * card for each further slot that has a question (cloze otherwise), and a "who said it?" card per
 * quotation. Ids come from fact and slot ids, so review history survives content edits.
 */
export function buildCards(deck: Deck): CardTemplate[] {
	return runToEnd(cardSteps(deck));
}

/** The same cards as buildCards, built a few facts at a time so a study session starts smoothly. */
export function buildCardsInSlices(deck: Deck): Promise<CardTemplate[]> {
	return runInSlices(cardSteps(deck));
}

/** The cards of a deck, a fact per step. */
function* cardSteps(deck: Deck): Sliced<CardTemplate[]> {
	const index = indexDeck(deck);
	yield;
	const cards: CardTemplate[] = [];
	for (const fact of deck.facts) {
		const misprints = index.misprintsIn(sourceText(fact));
		const common = {
			factId: fact.id,
			statement: fact.statement,
			source: sourceText(fact),
			...(misprints.length ? { misprints } : {}),
			...(fact.explanation ? { explanation: fact.explanation } : {}),
			...(fact.topic ? { topic: fact.topic } : {})
		};
		fact.slots.forEach((slot, i) => {
			const key = answerKeyFor(index, slot);
			const highlight = slotHighlight(fact, slot, key);
			// The first slot's card shows the whole statement (cloze); the others ask directly.
			const asQuestion = i > 0 && slot.question;
			cards.push(
				asQuestion
					? {
							id: `${fact.id}.qa.${slot.id}`,
							kind: 'qa',
							front: slot.question as string,
							back: slot.answer,
							key,
							highlight,
							...common
						}
					: {
							id: `${fact.id}.cloze.${slot.id}`,
							kind: 'cloze',
							front: blankOut(fact.statement, slot.answer),
							back: slot.answer,
							key,
							highlight,
							...common
						}
			);
		});
		const speaker = index.entity(fact.quote?.speaker);
		if (fact.quote && speaker)
			cards.push({
				id: `${fact.id}.quote`,
				kind: 'quote',
				front: whoSaidPrompt(fact.quote),
				back: speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name,
				key: {
					answer: speaker.name,
					accept: speaker.aliases,
					garbled: speaker.garbled,
					kind: 'person',
					rivals: index
						.entitiesOfKind('person')
						.filter((p) => p !== speaker)
						.flatMap((p) => [p.name, ...p.aliases])
				},
				highlight: highlightFor(fact, speakerForms(speaker)),
				...common
			});
		yield;
	}
	return cards;
}
