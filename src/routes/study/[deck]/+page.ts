import { browser } from '$app/environment';
import { curatedDeckIds, curatedDeckSummaries } from '$lib/content/curated';
import { startLoading } from '$lib/decks';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => curatedDeckIds.map((deck) => ({ deck }));

// Only the title is rendered into the page: the deck itself loads in the browser (as a small
// JSON chunk, or from IndexedDB for a deck made on this device). Serialising the whole deck into
// the HTML cost more to parse than the page's own code.
// In the browser, the deck and storage (Dexie) start loading here, while the page's code
// loads, and are evaluated in their own tasks rather than in the page's hydration.
export const load: PageLoad = ({ params }) => ({
	deckId: params.deck,
	title: curatedDeckSummaries.find((d) => d.id === params.deck)?.title,
	loading: browser ? startLoading(params.deck) : undefined
});
