/**
 * A deck file → a deck on this device. A file whose id is a deck here already never replaces it
 * silently: the student keeps both (the file's deck under a new id) or replaces it, told what the
 * old deck's progress is.
 */
import { curatedDeckIds, isCuratedDeck } from '$lib/content/curated';
import type { Deck } from '$lib/content/deck-schema';
import { openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import type { Store } from '$lib/db/store';

export interface DeckCollision {
	deck: Deck;
	/** The title of the deck here with the same id. */
	title: string;
	studied: number;
	reviews: number;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** “Replacing it deletes the progress of 3 studied cards and 12 reviews.” */
export function describeLoss({ studied, reviews }: DeckCollision): string {
	if (!studied && !reviews) return 'It has not been studied yet: no progress is lost.';
	return `Replacing it deletes the progress of ${plural(studied, 'studied card')} and ${plural(reviews, 'review')}.`;
}

export class DeckFileImport {
	problems = $state.raw<string[]>([]);
	collision = $state.raw<DeckCollision | undefined>(undefined);
	readonly #open: () => Promise<Store>;

	constructor(open: () => Promise<Store> = openStore) {
		this.#open = open;
	}

	/** Reads the file; returns the id of the deck saved, or undefined (problems or a question). */
	async open(file: File): Promise<string | undefined> {
		this.problems = [];
		this.collision = undefined;
		const { readDeckFile, MAX_DECK_FILE_BYTES } = await import('$lib/content/deck-file');
		if (file.size > MAX_DECK_FILE_BYTES) {
			this.problems = ['This file is larger than 5 MB: it is not a Factdeck deck.'];
			return undefined;
		}
		const result = await readDeckFile(await file.text(), file.name);
		if (!result.ok) {
			this.problems = result.problems;
			return undefined;
		}
		if (isCuratedDeck(result.deck.id)) {
			this.problems = ['This deck is built into Factdeck already.'];
			return undefined;
		}
		return this.#guard(async (store) => {
			const here = await store.getDeckRow(result.deck.id);
			if (here) {
				const progress = await store.deckProgress(here.id);
				this.collision = { deck: result.deck, title: here.title, ...progress };
				return undefined;
			}
			return (await store.addUserDeck(result.deck, Date.now(), curatedDeckIds)).id;
		});
	}

	/** Saves the file's deck under a new id; the deck here stays as it is. */
	keepBoth(): Promise<string | undefined> {
		const deck = this.collision?.deck;
		if (!deck) return Promise.resolve(undefined);
		return this.#guard(async (store) => {
			const saved = await store.addUserDeck(deck, Date.now(), curatedDeckIds);
			this.collision = undefined;
			return saved.id;
		});
	}

	/** Replaces the deck here, deleting its cards and reviews. */
	replace(): Promise<string | undefined> {
		const deck = this.collision?.deck;
		if (!deck) return Promise.resolve(undefined);
		return this.#guard(async (store) => {
			await store.replaceUserDeck(deck, Date.now());
			this.collision = undefined;
			return deck.id;
		});
	}

	cancel() {
		this.collision = undefined;
	}

	async #guard(work: (store: Store) => Promise<string | undefined>): Promise<string | undefined> {
		try {
			return await work(await this.#open());
		} catch (error) {
			storageStatus.report(error);
			return undefined;
		}
	}
}
