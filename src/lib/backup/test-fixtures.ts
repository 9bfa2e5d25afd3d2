/** Test fixtures: small, valid tables of progress (unit tests only). */
import { parseDeck } from '../content/parse.ts';
import type { Deck } from '../content/schema.ts';
import type { AttemptRow, CardRow, DeckRow, ReviewRow } from '../db/schema.ts';
import { newMemoryState, type Grade, type MemoryState } from '../srs/memory.ts';

export const T0 = Date.UTC(2026, 0, 15, 9);
export const DAY = 86_400_000;

export function userDeck(id = 'my-notes'): Deck {
	const result = parseDeck({
		format: 1,
		id,
		title: 'My notes',
		source: { title: 'Pasted text' },
		entities: [],
		facts: [
			{
				id: 'capital',
				source: ['Kyiv is the capital of Ukraine.'],
				statement: 'Kyiv is the capital of Ukraine.',
				slots: [{ id: 'city', kind: 'phrase', answer: 'Kyiv' }]
			}
		]
	});
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.deck;
}

export function deckRow(id: string, kind: DeckRow['kind'] = 'curated', at = T0): DeckRow {
	return {
		id,
		kind,
		title: `Deck ${id}`,
		...(kind === 'user' ? { deck: userDeck(id) } : {}),
		addedAt: at,
		updatedAt: at
	};
}

export function studied(at: number, reps = 1): MemoryState {
	return {
		due: at + 3 * DAY,
		stability: 3.2,
		difficulty: 5.1,
		scheduledDays: 3,
		learningSteps: 0,
		reps,
		lapses: 0,
		state: 2,
		lastReview: at
	};
}

export function cardRow(deckId: string, cardId: string, memory = newMemoryState(T0)): CardRow {
	return {
		id: `${deckId}/${cardId}`,
		deckId,
		cardId,
		factId: cardId.split('.')[0],
		queue: memory.lastReview === null ? 0 : 1,
		suspended: false,
		position: 0,
		addedAt: T0,
		...memory
	};
}

export function reviewRow(card: CardRow, at: number, rating: Grade = 3, id?: number): ReviewRow {
	return {
		...(id === undefined ? {} : { id }),
		cardKey: card.id,
		deckId: card.deckId,
		factId: card.factId,
		rating,
		reviewedAt: at,
		durationMs: 4200,
		prev: { ...newMemoryState(T0), queue: 0 },
		next: studied(at)
	};
}

export function attemptRow(id: string, deckId: string, finishedAt = T0): AttemptRow {
	return {
		id,
		quizKey: id.split('@')[0],
		deckId,
		title: `Quiz on ${deckId}`,
		seed: 7,
		answers: [{ questionId: 'capital.mc.city', factId: 'capital', given: 'Kyiv', correct: true }],
		score: 1,
		total: 1,
		startedAt: finishedAt - 60_000,
		finishedAt
	};
}
