import { curatedDeckEntries, deckPageData } from '$lib/decks/load';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = curatedDeckEntries;
export const load: PageLoad = ({ params }) => deckPageData(params.deck);
