/**
 * Anki or Quizlet text → a new deck on this device: check the text, show the cards it makes, and
 * save the deck only when the student confirms.
 */
import type { Deck } from '$lib/content/deck-schema';
import { curatedDeckIds } from '$lib/content/curated';
import { openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';

export type TextImportStatus = 'idle' | 'checking' | 'preview' | 'saving' | 'saved';

export interface TextImportPreview {
	deck: Deck;
	duplicates: number;
	sample: { front: string; back: string }[];
}

export class CardTextImport {
	status = $state<TextImportStatus>('idle');
	errors = $state.raw<string[]>([]);
	preview = $state.raw<TextImportPreview | undefined>(undefined);
	saved = $state.raw<{ id: string; title: string; count: number } | undefined>(undefined);

	/** Checks the text and builds the deck; nothing is saved yet. */
	async check(input: { text: string; title: string; sourceName: string }) {
		this.reset();
		this.status = 'checking';
		try {
			const { deckFromTextCards, deckIdFor, parseCardText } = await import('$lib/backup/tsv');
			const parsed = parseCardText(input.text);
			if (!parsed.ok) return this.#fail(parsed.errors);
			const taken = new Set([
				...curatedDeckIds,
				...(await (await openStore()).listDecks()).map((d) => d.id)
			]);
			const built = deckFromTextCards(parsed.cards, {
				id: deckIdFor(input.title, taken),
				title: input.title,
				sourceName: input.sourceName,
				importedOn: new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })
			});
			if (!built.ok) return this.#fail(built.errors);
			this.preview = {
				deck: built.deck,
				duplicates: parsed.duplicates,
				sample: parsed.cards.slice(0, 3).map(({ front, back }) => ({ front, back }))
			};
			this.status = 'preview';
		} catch (error) {
			this.#fail([storageStatus.report(error).message]);
		}
	}

	async save() {
		const deck = this.preview?.deck;
		if (!deck || this.status !== 'preview') return;
		this.status = 'saving';
		try {
			const saved = await (await openStore()).addUserDeck(deck, Date.now(), curatedDeckIds);
			this.saved = { id: saved.id, title: saved.title, count: saved.facts.length };
			this.preview = undefined;
			this.status = 'saved';
		} catch (error) {
			this.#fail([`${storageStatus.report(error).message} The deck was not saved.`]);
		}
	}

	reset() {
		this.status = 'idle';
		this.errors = [];
		this.preview = undefined;
		this.saved = undefined;
	}

	#fail(errors: string[]) {
		this.errors = errors;
		this.preview = undefined;
		this.status = 'idle';
	}
}
