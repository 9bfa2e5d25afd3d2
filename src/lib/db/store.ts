/**
 * The one storage layer. Screens call these methods; they never touch Dexie tables. Every call is
 * guarded (failures become `StorageError`s) and every multi-row change is one transaction.
 */
import type { Deck } from '../content/schema.ts';
import { newMemoryState } from '../srs/memory.ts';
import { guarded } from './errors.ts';
import {
	FactdeckDB,
	type AttemptRow,
	type CardRow,
	type DeckRow,
	type QuizProgressRow
} from './schema.ts';
import { parseSettings, type Settings } from './settings.ts';

export interface CardTemplateRef {
	cardId: string;
	factId: string;
}

export interface DeckCounts {
	due: number;
	new: number;
	learned: number;
	total: number;
}

export function cardKey(deckId: string, cardId: string): string {
	return `${deckId}/${cardId}`;
}

export class Store {
	constructor(readonly db: FactdeckDB) {}

	// Settings -------------------------------------------------------------------------------

	readSettings(): Promise<Settings> {
		return guarded(async () => parseSettings(await this.db.settings.toArray()));
	}

	updateSettings(patch: Partial<Settings>): Promise<void> {
		return guarded(() =>
			this.db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })))
		).then(() => undefined);
	}

	// Decks ----------------------------------------------------------------------------------

	listDecks(): Promise<DeckRow[]> {
		return guarded(() => this.db.decks.toArray());
	}

	getDeckRow(id: string): Promise<DeckRow | undefined> {
		return guarded(() => this.db.decks.get(id));
	}

	/** Saves a deck that exists only on this device (generated or imported). */
	saveUserDeck(deck: Deck, now: number): Promise<void> {
		return guarded(async () => {
			const existing = await this.db.decks.get(deck.id);
			await this.db.decks.put({
				id: deck.id,
				kind: 'user',
				title: deck.title,
				deck,
				addedAt: existing?.addedAt ?? now,
				updatedAt: now
			});
		});
	}

	/**
	 * Makes sure every card of a deck has a row (new cards in the engine's order), in one
	 * transaction. Cards removed from the deck keep their rows and history.
	 */
	ensureCards(
		deck: { id: string; title: string; kind: DeckRow['kind'] },
		templates: CardTemplateRef[],
		now: number
	): Promise<number> {
		return guarded(() =>
			this.db.transaction('rw', this.db.decks, this.db.cards, async () => {
				if (!(await this.db.decks.get(deck.id)))
					await this.db.decks.add({
						id: deck.id,
						kind: deck.kind,
						title: deck.title,
						addedAt: now,
						updatedAt: now
					});
				const keys = templates.map((t) => cardKey(deck.id, t.cardId));
				const existing = await this.db.cards.bulkGet(keys);
				const start = await this.db.cards.where('deckId').equals(deck.id).count();
				const missing: CardRow[] = [];
				templates.forEach((t, i) => {
					if (existing[i]) return;
					missing.push({
						id: keys[i],
						deckId: deck.id,
						cardId: t.cardId,
						factId: t.factId,
						queue: 0,
						position: start + missing.length,
						addedAt: now,
						...newMemoryState(now)
					});
				});
				if (missing.length) await this.db.cards.bulkAdd(missing);
				return missing.length;
			})
		);
	}

	deckCounts(deckId: string, now: number): Promise<DeckCounts> {
		return guarded(async () => {
			const cards = this.db.cards;
			const [due, fresh, total] = await Promise.all([
				cards
					.where('[deckId+queue+due]')
					.between([deckId, 1, -Infinity], [deckId, 1, now], true, true)
					.count(),
				cards
					.where('[deckId+queue+due]')
					.between([deckId, 0, -Infinity], [deckId, 0, Infinity])
					.count(),
				cards.where('deckId').equals(deckId).count()
			]);
			return { due, new: fresh, learned: total - fresh, total };
		});
	}

	// Quiz attempts ----------------------------------------------------------------------------

	saveQuizProgress(row: QuizProgressRow): Promise<void> {
		return guarded(() => this.db.quizProgress.put(row)).then(() => undefined);
	}

	getQuizProgress(quizKey: string): Promise<QuizProgressRow | undefined> {
		return guarded(() => this.db.quizProgress.get(quizKey));
	}

	/** Records a finished quiz and clears its progress, in one transaction. */
	finishAttempt(attempt: AttemptRow): Promise<void> {
		return guarded(() =>
			this.db.transaction('rw', this.db.attempts, this.db.quizProgress, async () => {
				await this.db.attempts.put(attempt);
				await this.db.quizProgress.delete(attempt.quizKey);
			})
		);
	}

	listAttempts(deckId?: string): Promise<AttemptRow[]> {
		return guarded(() =>
			deckId === undefined
				? this.db.attempts.orderBy('finishedAt').toArray()
				: this.db.attempts.where('deckId').equals(deckId).sortBy('finishedAt')
		);
	}

	lastAttempt(): Promise<AttemptRow | undefined> {
		return guarded(() => this.db.attempts.orderBy('finishedAt').last());
	}
}
