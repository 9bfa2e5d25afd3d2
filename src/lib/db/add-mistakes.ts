/** "Add my mistakes to flashcards" against storage: the deck's cards, then one due per missed fact. */
import { isCuratedDeck } from '../content/curated.ts';
import type { Deck } from '../content/deck-schema.ts';
import { buildCards } from '../questions/flashcards.ts';
import type { MistakesAdded } from '../quiz-run/mistakes.ts';
import type { Store } from './store.ts';

export async function addMistakesToCards(
	store: Store,
	deck: Deck,
	missed: readonly { factId: string }[],
	now: number
): Promise<MistakesAdded> {
	await store.ensureCards(
		{ id: deck.id, title: deck.title, kind: isCuratedDeck(deck.id) ? 'curated' : 'user' },
		buildCards(deck).map((t) => ({ cardId: t.id, factId: t.factId })),
		now
	);
	const result = await store.bringForward(
		deck.id,
		missed.map((q) => q.factId),
		now
	);
	return { ...result, questions: missed.length };
}
