import { isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import { curatedDeckEntries } from '$lib/decks/load';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = curatedDeckEntries;

// Curated decks are rendered into the page at build time; a deck made on this device is read
// from IndexedDB by the page itself.
export const load: PageLoad = async ({ params }) => ({
	deckId: params.deck,
	deck: isCuratedDeck(params.deck) ? await loadCuratedDeck(params.deck) : undefined
});
