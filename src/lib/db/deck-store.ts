/** Decks: the list, a user deck added or replaced, and how far a deck is studied. One link of Store (store.ts), which joins them. */
import type { Deck } from '../content/deck-schema.ts';
import { guarded } from './storage-error.ts';
import { type DeckRow } from '../records/rows.ts';
import { SettingsStore } from './settings-store.ts';

/** The row of a deck that exists only on this device (generated or imported). */
function userDeckRow(deck: Deck, addedAt: number, updatedAt: number): DeckRow {
	return { id: deck.id, kind: 'user', title: deck.title, deck, addedAt, updatedAt };
}

export class DeckStore extends SettingsStore {
	// Decks ----------------------------------------------------------------------------------

	listDecks(): Promise<DeckRow[]> {
		return guarded(() => this.db.decks.toArray());
	}

	getDeckRow(id: string): Promise<DeckRow | undefined> {
		return guarded(() => this.db.decks.get(id));
	}

	/**
	 * Saves a new deck without replacing one already here: when its id is taken (or `reserved`,
	 * as built-in deck ids are), it is saved as `<id>-2`, `-3`…. Returns the deck as saved.
	 */
	addUserDeck(deck: Deck, now: number, reserved: Iterable<string> = []): Promise<Deck> {
		return guarded(() =>
			this.db.transaction('rw', this.db.decks, async () => {
				const taken = new Set(reserved);
				const free = async (id: string) => !taken.has(id) && !(await this.db.decks.get(id));
				let id = deck.id;
				const base = id.slice(0, 58).replace(/-+$/, '');
				for (let n = 2; !(await free(id)); n++) id = `${base}-${n}`;
				const saved = { ...deck, id };
				await this.db.decks.add(userDeckRow(saved, now, now));
				return saved;
			})
		);
	}

	/** What replacing a user deck would lose: its studied cards and its reviews. */
	deckProgress(id: string): Promise<{ studied: number; reviews: number }> {
		return guarded(() =>
			this.db.transaction('r', this.db.cards, this.db.reviews, async () => ({
				studied: await this.db.cards
					.where('deckId')
					.equals(id)
					.filter((c) => c.state !== 0)
					.count(),
				reviews: await this.db.reviews.where('deckId').equals(id).count()
			}))
		);
	}

	/** Replaces a user deck by another with its id, deleting the old deck's cards and reviews. */
	replaceUserDeck(deck: Deck, now: number): Promise<void> {
		return guarded(() =>
			this.db.transaction('rw', this.db.decks, this.db.cards, this.db.reviews, async () => {
				const existing = await this.db.decks.get(deck.id);
				await this.db.cards.where('deckId').equals(deck.id).delete();
				await this.db.reviews.where('deckId').equals(deck.id).delete();
				await this.db.decks.put(userDeckRow(deck, existing?.addedAt ?? now, now));
			})
		);
	}
}
