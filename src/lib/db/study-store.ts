/** Cards and reviews: a deck's cards made, today's study, grading, undo, suspending, bringing forward. One link of Store (store.ts), which joins them. */
import {
	readDeckCounts,
	todaysCards,
	type DeckCardReader,
	type DeckCounts
} from '../srs/counts.ts';
import { bringForward, type BroughtForward } from '../srs/bring-forward.ts';
import { pickMemory, type Grade, type MemoryState } from '../srs/memory.ts';
import { startOfDay, studyDay, type StudyDay } from '../srs/queue.ts';
import { guarded } from './storage-error.ts';
import { cardKey, newCardRow } from './keys.ts';
import { type CardQueue, type CardRow, type DeckRow, type ReviewRow } from '../records/rows.ts';
import { type Settings } from '../records/settings.ts';
import { DeckStore } from './deck-store.ts';

export interface CardTemplateRef {
	cardId: string;
	factId: string;
}

/** A short fingerprint of a deck's card ids (FNV-1a), to notice when its content changed. */
function cardSetOf(keys: string[]): string {
	let hash = 0x811c9dc5;
	for (const key of keys)
		for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return `${keys.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * Whether the card is in the state this review left it in. Its due date is not compared: bringing
 * a card forward moves only that.
 */
function gaveState(review: ReviewRow, card: CardRow): boolean {
	const given = pickMemory(review.next);
	return (Object.keys(given) as (keyof MemoryState)[]).every(
		(k) => k === 'due' || given[k] === card[k]
	);
}

/**
 * The queue undo puts a card back in: suspended or not as it is now (another tab may have changed
 * that since the grade), else the queue it was in.
 */
function queueOnUndo(was: CardQueue, reps: number, suspended: boolean): CardQueue {
	if (suspended) return 2;
	if (was !== 2) return was;
	return reps > 0 ? 1 : 0;
}

export class StudyStore extends DeckStore {
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
				const keys = templates.map((t) => cardKey(deck.id, t.cardId));
				// The set of cards this deck had when its rows were last checked: unchanged content
				// (the usual case) needs no card reads at all on the way into a session.
				const cardSet = cardSetOf(keys);
				const row = await this.db.decks.get(deck.id);
				if (row?.cardSet === cardSet) return 0;
				if (!row)
					await this.db.decks.add({
						id: deck.id,
						kind: deck.kind,
						title: deck.title,
						addedAt: now,
						updatedAt: now,
						cardSet
					});
				else await this.db.decks.update(deck.id, { cardSet });
				// A deck never opened has no rows yet: nothing to look up.
				const existing = row ? await this.db.cards.bulkGet(keys) : [];
				const start = row ? await this.db.cards.where('deckId').equals(deck.id).count() : 0;
				const missing: CardRow[] = [];
				templates.forEach((t, i) => {
					if (existing[i]) return;
					missing.push(newCardRow(deck.id, t, start + missing.length, now));
				});
				if (missing.length) await this.db.cards.bulkAdd(missing);
				return missing.length;
			})
		);
	}

	/** The counting model's figures for one deck (srs/counts.ts), as every screen shows them. */
	deckCounts(deckId: string, now: number): Promise<DeckCounts> {
		return guarded(() =>
			this.db.transaction('r', this.db.cards, this.db.reviews, this.db.settings, async () =>
				readDeckCounts(this.#cardReader(deckId), await this.studyDay(deckId, now), now)
			)
		);
	}

	/** One deck's cards as the counting model reads them, through the compound indexes. */
	#cardReader(deckId: string): DeckCardReader<CardRow> {
		const cards = this.db.cards;
		const inQueue = (queue: CardQueue) =>
			cards
				.where('[deckId+queue+due]')
				.between([deckId, queue, -Infinity], [deckId, queue, Infinity]);
		return {
			seenDueBefore: (until) =>
				cards
					.where('[deckId+queue+due]')
					.between([deckId, 1, -Infinity], [deckId, 1, until], true, false)
					.toArray(),
			newCards: async (admit, limit) => {
				const out: CardRow[] = [];
				await cards
					.where('[deckId+queue+position]')
					.between([deckId, 0, -Infinity], [deckId, 0, Infinity])
					.until(() => out.length >= limit)
					.each((card) => {
						if (admit(card)) out.push(card);
					});
				return out;
			},
			totals: async () => {
				const [unstudied, seen, suspended] = await Promise.all(
					([0, 1, 2] as const).map((queue) => inQueue(queue).count())
				);
				return { unstudied, seen, suspended };
			}
		};
	}

	// Reviews ----------------------------------------------------------------------------------

	/**
	 * One deck's study day: the limits and burying from settings, and today's grades (what they
	 * used up of the limits, and which facts' other cards they bury).
	 */
	studyDay(deckId: string, now: number, settings?: Settings): Promise<StudyDay> {
		return guarded(async () => {
			const [limits, today] = await Promise.all([
				settings ?? this.readSettings(),
				this.reviewsSince(deckId, startOfDay(now))
			]);
			return studyDay(limits, today);
		});
	}

	/**
	 * The cards a study session can show today (srs/counts.ts `todaysCards`): every card in
	 * learning, the seen ones due by tomorrow, and the new ones the day admits. Reads only those
	 * rows through the compound indexes, so it stays fast with thousands of cards.
	 */
	todaysCards(deckId: string, day: StudyDay, now: number): Promise<CardRow[]> {
		return guarded(() => todaysCards(this.#cardReader(deckId), day, now));
	}

	getCard(key: string): Promise<CardRow | undefined> {
		return guarded(() => this.db.cards.get(key));
	}

	/**
	 * Records one grade: the review row (with the card exactly as it was) and the card's new
	 * state, in one transaction. The new state is computed from the card as stored at that moment
	 * (`schedule`), so a grade given in another tab in between is built on, never overwritten.
	 * A crash leaves either both writes or neither.
	 */
	gradeCard(input: {
		key: string;
		grade: Grade;
		schedule: (card: MemoryState) => MemoryState;
		now: number;
		durationMs: number;
	}): Promise<ReviewRow> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
				const card = await this.db.cards.get(input.key);
				if (!card) throw new Error(`No card ${input.key}`);
				const next = input.schedule(pickMemory(card));
				const review: ReviewRow = {
					cardKey: card.id,
					deckId: card.deckId,
					factId: card.factId,
					rating: input.grade,
					reviewedAt: input.now,
					durationMs: Math.max(0, Math.round(input.durationMs)),
					prev: { ...pickMemory(card), queue: card.queue },
					next: pickMemory(next)
				};
				// Both writes are queued at once (one round trip, not three: `update` would read
				// the row again through a cursor).
				const [id] = await Promise.all([
					this.db.reviews.add(review),
					// A card suspended in another tab while it was on screen here stays suspended.
					this.db.cards.put({ ...card, ...pickMemory(next), queue: card.suspended ? 2 : 1 })
				]);
				review.id = id;
				return review;
			})
		);
	}

	/**
	 * Rebuilds a card's state from its review log (`rebuild` replays the grades), in one
	 * transaction: the repair for a state the scheduler cannot use.
	 */
	repairCard(
		key: string,
		rebuild: (reviews: ReviewRow[]) => MemoryState
	): Promise<CardRow | undefined> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
				const card = await this.db.cards.get(key);
				if (!card) return undefined;
				const memory = pickMemory(
					rebuild(await this.db.reviews.where('cardKey').equals(key).toArray())
				);
				const queue = card.suspended ? 2 : memory.reps > 0 ? 1 : 0;
				const repaired: CardRow = { ...card, ...memory, queue };
				await this.db.cards.put(repaired);
				return repaired;
			})
		);
	}

	/**
	 * Undoes one grade, by its review id: the card returns to exactly its state before it and
	 * the review row is removed, in one transaction. Nothing is undone (undefined) when the review
	 * is gone or the card was graded again since (in another tab): undoing it would throw the
	 * later grade away. Nor when the card's state is no longer the one this grade gave it: an
	 * import replayed it with another device's grades (or it is that device's review, graded on
	 * a state this one never had), and `prev` would leave the card off its review log.
	 */
	undoReview(id: number): Promise<ReviewRow | undefined> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
				const review = await this.db.reviews.get(id);
				if (!review) return undefined;
				const [later, card] = await Promise.all([
					this.db.reviews
						.where('cardKey')
						.equals(review.cardKey)
						.filter((r) => (r.id ?? 0) > id)
						.count(),
					this.db.cards.get(review.cardKey)
				]);
				if (later > 0 || !card || !gaveState(review, card)) return undefined;
				const { queue, ...memory } = review.prev;
				await this.db.cards.update(review.cardKey, {
					...pickMemory(memory),
					queue: queueOnUndo(queue, memory.reps, card.suspended)
				});
				await this.db.reviews.delete(id);
				return review;
			})
		);
	}

	/** Undoes the most recent grade (of one deck, if given): the card returns to exactly its
	 * previous state and the review row is removed, in one transaction. */
	undoLastReview(deckId?: string): Promise<ReviewRow | undefined> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
				const last =
					deckId === undefined
						? await this.db.reviews.orderBy('id').last()
						: await this.db.reviews.where('deckId').equals(deckId).last();
				if (!last?.id) return undefined;
				const { queue, ...memory } = last.prev;
				await this.db.cards.update(last.cardKey, { ...pickMemory(memory), queue });
				await this.db.reviews.delete(last.id);
				return last;
			})
		);
	}

	reviewsSince(deckId: string, since: number): Promise<ReviewRow[]> {
		return guarded(() =>
			this.db.reviews
				.where('[deckId+reviewedAt]')
				.between([deckId, since], [deckId, Infinity])
				.toArray()
		);
	}

	/** Takes a card out of study (queue 2) until it is unsuspended. */
	suspendCard(key: string): Promise<void> {
		return guarded(() =>
			this.db.cards.update(key, { suspended: true, queue: 2 }).then(() => undefined)
		);
	}

	/** Puts suspended cards back: into the review queue if they were ever graded, else new. */
	unsuspendCards(keys: string[]): Promise<void> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, async () => {
				const cards = (await this.db.cards.bulkGet(keys)).filter(
					(c): c is CardRow => c?.suspended === true
				);
				await this.db.cards.bulkPut(
					cards.map((c) => ({ ...c, suspended: false, queue: c.reps > 0 ? 1 : 0 }))
				);
			})
		);
	}

	suspendedCards(deckId: string): Promise<CardRow[]> {
		return guarded(() =>
			this.db.cards
				.where('[deckId+queue+due]')
				.between([deckId, 2, -Infinity], [deckId, 2, Infinity])
				.toArray()
		);
	}

	/**
	 * Brings these facts into today's reviews, one card each (srs/bring-forward.ts), in one
	 * transaction: the card becomes due now and joins the seen queue; a card never studied keeps
	 * its FSRS state, so it counts as due, not as learned.
	 */
	bringForward(deckId: string, factIds: readonly string[], now: number): Promise<BroughtForward> {
		return guarded(() =>
			this.db.transaction('rw', this.db.cards, async () => {
				const wanted = new Set(factIds);
				const cards = await this.db.cards
					.where('deckId')
					.equals(deckId)
					.filter((c) => wanted.has(c.factId))
					.toArray();
				const result = bringForward(cards, factIds, now);
				const added = new Set(result.added);
				await this.db.cards.bulkPut(
					cards.filter((c) => added.has(c.id)).map((c) => ({ ...c, queue: 1 as const, due: now }))
				);
				return result;
			})
		);
	}

	/** The soonest time a card of this deck is due after `now`. */
	nextDue(deckId: string, now: number): Promise<number | undefined> {
		return guarded(async () => {
			const next = await this.db.cards
				.where('[deckId+queue+due]')
				.between([deckId, 1, now], [deckId, 1, Infinity], false, true)
				.first();
			return next?.due;
		});
	}
}
