/** The stats reads, on a database filled through the Store as the app fills it. */
import { describe, expect, it } from 'vitest';
import { StorageError } from './storage-error.ts';
import { finishedAttempts, hasHistory, reviewsFrom, seenCards } from './stats-queries.ts';
import { freshStore } from './test-db.ts';
import type { Store } from './store.ts';

const NOW = new Date(2026, 0, 15, 18).getTime();
const DAY = 86_400_000;

async function grade(store: Store, key: string, rating: 1 | 3, now: number, due: number) {
	const card = await store.getCard(key);
	await store.gradeCard({
		key,
		grade: rating,
		schedule: () => ({ ...card!, due, reps: card!.reps + 1, state: 2 }),
		now,
		durationMs: 500
	});
}

async function filled() {
	const store = freshStore();
	const templates = ['1', '2', '3'].map((id) => ({ cardId: id, factId: `f${id}` }));
	await store.ensureCards({ id: 'a', title: 'A', kind: 'curated' }, templates, NOW - 30 * DAY);
	await store.ensureCards({ id: 'b', title: 'B', kind: 'user' }, templates, NOW - 30 * DAY);
	await grade(store, 'a/1', 1, NOW - 20 * DAY, NOW + 2 * DAY);
	await grade(store, 'a/1', 3, NOW - 2 * DAY, NOW - DAY);
	await grade(store, 'a/2', 3, NOW - DAY, NOW + 40 * DAY);
	await grade(store, 'b/3', 3, NOW, NOW + DAY);
	for (const [id, finishedAt] of [
		['late', NOW],
		['early', NOW - 3 * DAY]
	] as const)
		await store.finishAttempt({
			id,
			quizKey: id,
			deckId: 'a',
			title: 'Quiz',
			seed: 1,
			answers: [{ questionId: 'q', factId: 'f1', given: 'x', correct: false }],
			score: 0,
			total: 1,
			startedAt: finishedAt - 1000,
			finishedAt
		});
	return store;
}

describe('stats queries', () => {
	it('find nothing in an empty database', async () => {
		const store = freshStore();
		expect(await hasHistory(store)).toBe(false);
		expect(await reviewsFrom(store, 0)).toEqual([]);
		expect(await seenCards(store, ['a'])).toEqual([]);
		expect(await finishedAttempts(store)).toEqual([]);
	});

	it('read reviews from a start time, with the previous queue', async () => {
		const store = await filled();
		expect(await hasHistory(store)).toBe(true);
		const reviews = await reviewsFrom(store, NOW - 5 * DAY);
		expect(reviews).toEqual([
			{
				deckId: 'a',
				factId: 'f1',
				rating: 3,
				reviewedAt: NOW - 2 * DAY,
				prev: { queue: 1, state: 2 }
			},
			{ deckId: 'a', factId: 'f2', rating: 3, reviewedAt: NOW - DAY, prev: { queue: 0, state: 0 } },
			{ deckId: 'b', factId: 'f3', rating: 3, reviewedAt: NOW, prev: { queue: 0, state: 0 } }
		]);
		expect(await reviewsFrom(store, 0)).toHaveLength(4);
	});

	it('read only seen cards of the asked decks, soonest due first', async () => {
		const store = await filled();
		const cards = await seenCards(store, ['a', 'b', 'missing']);
		expect(cards.map((c) => [c.deckId, c.factId, c.due])).toEqual([
			['a', 'f1', NOW - DAY],
			['b', 'f3', NOW + DAY],
			['a', 'f2', NOW + 40 * DAY]
		]);
		expect(await seenCards(store, ['b'])).toHaveLength(1);
	});

	it('read finished quizzes oldest first', async () => {
		const store = await filled();
		expect((await finishedAttempts(store)).map((a) => a.id)).toEqual(['early', 'late']);
	});

	it('turn a closed database into a StorageError', async () => {
		const store = await filled();
		store.db.close();
		await expect(hasHistory(store)).rejects.toBeInstanceOf(StorageError);
		await expect(reviewsFrom(store, 0)).rejects.toBeInstanceOf(StorageError);
	});
});
