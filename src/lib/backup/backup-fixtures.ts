/** Test fixtures: small, valid tables of progress (unit tests only). */
import { parseDeck } from '../content/parse.ts';
import type { Deck } from '../content/deck-schema.ts';
import type {
	AttemptRow,
	CardRow,
	ClassResultRow,
	DeckRow,
	ReviewRow,
	SharedQuizRow
} from '../records/rows.ts';
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

/** A quiz a teacher shared whole in a link (`sq-` and 28 hex digits, as SharedQuiz ids are). */
export function sharedQuizRow(n: number, deckId = 'ukraine', createdAt = T0): SharedQuizRow {
	const id = `sq-${n.toString(16).padStart(28, '0')}`;
	return {
		id,
		title: `Year 10 check-in ${n}`,
		deckId,
		link: `https://factdeck.example/shared#1.${id}`,
		questions: [
			{ id: 'capital.mc.city', prompt: 'What is the capital of Ukraine?', answer: 'Kyiv' },
			{ id: 'capital.typed.city', prompt: '_____ is the capital of Ukraine.', answer: 'Kyiv' }
		],
		createdAt
	};
}

/** One student's result for a shared quiz, with the id the results page gives it. */
export function classResultRow(quiz: SharedQuizRow, name: string, finishedAt = T0): ClassResultRow {
	return {
		id: `${quiz.id}|${name}|${finishedAt}`,
		quizId: quiz.id,
		title: quiz.title,
		name,
		score: 1,
		total: 2,
		answers: [
			{ q: quiz.questions[0].id, ok: true, given: 'Kyiv' },
			{ q: quiz.questions[1].id, ok: false, given: 'Lviv' }
		],
		finishedAt,
		addedAt: finishedAt + 60_000
	};
}
