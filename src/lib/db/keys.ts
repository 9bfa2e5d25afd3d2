/** Card rows: their key, and the row of a card not studied yet. */
import { newMemoryState } from '../srs/memory.ts';
import type { CardRow } from '../records/rows.ts';

/** A card row's key: unique across decks. */
export function cardKey(deckId: string, cardId: string): string {
	return `${deckId}/${cardId}`;
}

/** A new card's row: introduced in `position` order, due as soon as it is shown. */
export function newCardRow(
	deckId: string,
	card: { cardId: string; factId: string },
	position: number,
	now: number
): CardRow {
	return {
		id: cardKey(deckId, card.cardId),
		deckId,
		cardId: card.cardId,
		factId: card.factId,
		queue: 0,
		suspended: false,
		position,
		addedAt: now,
		...newMemoryState(now)
	};
}
