import { curatedDeckIds, isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => curatedDeckIds.map((deck) => ({ deck }));

// The quiz's seed and size live in the query string, read in the browser: one prerendered page
// serves every quiz of the deck, online or off.
export const load: PageLoad = async ({ params }) => ({
	deckId: params.deck,
	deck: isCuratedDeck(params.deck) ? await loadCuratedDeck(params.deck) : undefined
});
