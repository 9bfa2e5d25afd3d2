/**
 * The home screen reads the database without Dexie (overview.ts). These tests fill a database
 * through the Store and check that the overview reads the same numbers, and that a first visit
 * creates nothing.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NO_CARDS } from '../srs/counts.ts';
import { readOverview, streakFrom } from './overview.ts';
import { FactdeckDB } from './database.ts';
import { Store } from './store.ts';

const NOW = new Date(2026, 0, 15, 18).getTime();
const DAY = 86_400_000;

function setup() {
	const factory = new IDBFactory();
	const store = new Store(new FactdeckDB('factdeck', { indexedDB: factory, IDBKeyRange }));
	return { factory, store };
}

describe('readOverview', () => {
	it('reports an empty first visit without creating the database', async () => {
		const factory = new IDBFactory();
		const overview = await readOverview(['a'], NOW, { factory, keyRange: IDBKeyRange });
		expect(overview).toMatchObject({ exists: false, streak: 0, decks: {} });
		expect(await factory.databases()).toEqual([]);
	});

	it('agrees with the Store on counts, and finds the streak and the last quiz', async () => {
		const { factory, store } = setup();
		const deck = { id: 'a', title: 'A', kind: 'curated' as const };
		await store.ensureCards(
			deck,
			['1', '2', '3', '4'].map((id) => ({ cardId: id, factId: id })),
			NOW - 5 * DAY
		);
		for (const [i, daysAgo] of [3, 1, 0].entries()) {
			const key = `a/${i + 1}`;
			const card = await store.getCard(key);
			await store.gradeCard({
				key,
				grade: 3,
				schedule: () => ({ ...card!, due: NOW + (i === 2 ? -1 : DAY), reps: 1, state: 2 }),
				now: NOW - daysAgo * DAY,
				durationMs: 1000
			});
		}
		await store.finishAttempt({
			id: 'x',
			quizKey: 'k',
			deckId: 'a',
			title: 'Quiz A',
			seed: 1,
			answers: [],
			score: 7,
			total: 10,
			startedAt: NOW - 100,
			finishedAt: NOW
		});
		await store.updateSettings({ welcomed: true });
		const counts = await store.deckCounts('a', NOW);
		store.db.close();

		const overview = await readOverview(['a', 'b'], NOW, { factory, keyRange: IDBKeyRange });
		expect(overview.exists).toBe(true);
		expect(overview.decks.a).toEqual(counts);
		expect(overview.decks.a).toEqual({
			new: 1,
			learning: 0,
			due: 1,
			learned: 3,
			unstudied: 1,
			suspended: 0,
			total: 4
		});
		expect(overview.decks.b).toEqual(NO_CARDS);
		expect(overview.streak).toBe(2); // today and yesterday; three days ago is past a gap
		expect(overview.reviewedToday).toBe(1);
		expect(overview.lastQuiz).toMatchObject({ title: 'Quiz A', score: 7, total: 10 });
		expect(overview.welcomed).toBe(true);
	});
});

describe('streakFrom', () => {
	const day = (n: number) => new Date(2026, 0, 15 - n).setHours(0, 0, 0, 0);
	it('counts consecutive days ending today or yesterday', () => {
		expect(streakFrom(new Set([day(0), day(1), day(2)]), NOW)).toBe(3);
		expect(streakFrom(new Set([day(1), day(2)]), NOW)).toBe(2);
		expect(streakFrom(new Set([day(2), day(3)]), NOW)).toBe(0);
		expect(streakFrom(new Set(), NOW)).toBe(0);
	});
});
