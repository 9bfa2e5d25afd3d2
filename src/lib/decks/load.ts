/** Finds a deck by id, wherever it lives: shipped with the app, or saved on this device. */
import type { Deck } from '$lib/content/deck-schema';
import { browser } from '$app/environment';
import {
	curatedDeckIds,
	curatedDeckSummaries,
	isCuratedDeck,
	loadCuratedDeck
} from '$lib/content/curated';
import { existingStore, openStore, type StoreAccess } from '$lib/db/open';
import type { Store } from '$lib/db/store';

export async function loadDeck(id: string): Promise<Deck | undefined> {
	if (isCuratedDeck(id)) return loadCuratedDeck(id);
	const store = await existingStore();
	return (await store?.getDeckRow(id))?.deck;
}

/**
 * Starts loading a deck and looking for storage at once, for a page's `load` in the browser: both
 * then download while the page's own code loads, and evaluate in their own tasks. Awaiting
 * either later still sees its error; a page that never awaits them leaves no unhandled rejection.
 * `storage` answers its first `existing()` with that early look; later ones look again.
 */
export function startLoading(id: string): {
	deck: Promise<Deck | undefined>;
	storage: StoreAccess;
} {
	const deck = loadDeck(id);
	let early: Promise<Store | undefined> | undefined = existingStore();
	deck.catch(() => undefined);
	early.catch(() => undefined);
	const storage: StoreAccess = {
		existing() {
			const store = early ?? existingStore();
			early = undefined;
			return store;
		},
		open: openStore
	};
	return { deck, storage };
}

/** The prerendered pages of a `[deck]` route: one per curated deck. */
export function curatedDeckEntries(): { deck: string }[] {
	return curatedDeckIds.map((deck) => ({ deck }));
}

/**
 * What study and quiz pages load. Only the title is rendered into the page: the deck itself loads
 * in the browser (a small JSON chunk, or IndexedDB for a deck made on this device), because
 * serialising the whole deck into the HTML cost more to parse than the page's own code. In the
 * browser, the deck and storage start loading here, while the page's code loads.
 */
export function deckPageData(deckId: string) {
	return {
		deckId,
		title: curatedDeckSummaries.find((d) => d.id === deckId)?.title,
		loading: browser ? startLoading(deckId) : undefined
	};
}
