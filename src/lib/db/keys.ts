/** A card row's key: unique across decks. */
export function cardKey(deckId: string, cardId: string): string {
	return `${deckId}/${cardId}`;
}
