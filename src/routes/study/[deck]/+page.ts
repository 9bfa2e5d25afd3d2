import { curatedDeckIds, isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => curatedDeckIds.map((deck) => ({ deck }));

export const load: PageLoad = async ({ params }) => ({
	deckId: params.deck,
	deck: isCuratedDeck(params.deck) ? await loadCuratedDeck(params.deck) : undefined
});
