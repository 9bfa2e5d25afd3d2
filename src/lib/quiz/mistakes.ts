/** "Add my mistakes to flashcards": the missed facts' cards become due now. */
import { isCuratedDeck } from '$lib/content/curated';
import type { Deck } from '$lib/content/schema';
import { cardKey } from '$lib/db/keys';
import type { Store } from '$lib/db/store';
import { buildCards } from '$lib/questions/engine';

export async function addMistakesToCards(
	store: Store,
	deck: Deck,
	factIds: readonly string[],
	now: number
): Promise<number> {
	const templates = buildCards(deck);
	await store.ensureCards(
		{ id: deck.id, title: deck.title, kind: isCuratedDeck(deck.id) ? 'curated' : 'user' },
		templates.map((t) => ({ cardId: t.id, factId: t.factId })),
		now
	);
	const wanted = new Set(factIds);
	const keys = templates.filter((t) => wanted.has(t.factId)).map((t) => cardKey(deck.id, t.id));
	return store.makeDue(keys, now);
}
