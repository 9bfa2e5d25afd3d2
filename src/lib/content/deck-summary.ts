import type { Deck } from './deck-schema.ts';

/** What a list of decks shows, without the facts themselves. */
export interface DeckSummary {
	id: string;
	title: string;
	description?: string;
	sourceTitle: string;
	factCount: number;
	/** The flashcards the question engine makes of it (given by the caller: content does not
	 * depend on the engine). */
	cardCount: number;
}

export function deckSummary(deck: Deck, cardCount: number): DeckSummary {
	return {
		id: deck.id,
		title: deck.title,
		...(deck.description ? { description: deck.description } : {}),
		sourceTitle: deck.source.title,
		factCount: deck.facts.length,
		cardCount
	};
}
