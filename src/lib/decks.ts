/** Finds a deck by id, wherever it lives: shipped with the app, or saved on this device. */
import type { Deck } from '$lib/content/schema';
import { isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import { openStore } from '$lib/db/open';

export async function loadDeck(id: string): Promise<Deck | undefined> {
	if (isCuratedDeck(id)) return loadCuratedDeck(id);
	const store = await openStore();
	return (await store.getDeckRow(id))?.deck;
}
