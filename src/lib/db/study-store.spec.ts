/**
 * Studying through the store: adding a deck's cards and counting them, grading and undo, bringing
 * quiz mistakes forward, and a card suspended or unsuspended in another tab meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { StorageError } from './storage-error.ts';
import { freshStore } from './test-db.ts';
import { NOW, deck, templates } from './store-test-deck.ts';

describe('cards', () => {
	it('adds each card once, in order, and counts new, due and learned', async () => {
		const store = freshStore();
		expect(await store.ensureCards(deck, templates, NOW)).toBe(3);
		expect(await store.ensureCards(deck, templates, NOW + 1)).toBe(0);
		expect(await store.deckCounts('demo', NOW)).toEqual({
			new: 3,
			learning: 0,
			due: 0,
			learned: 0,
			unstudied: 3,
			suspended: 0,
			total: 3
		});

		const more = [...templates, { cardId: 'd', factId: 'fact-d' }];
		expect(await store.ensureCards(deck, more, NOW)).toBe(1);
		const rows = await store.db.cards
			.where('[deckId+queue+position]')
			.between(['demo', 0, -Infinity], ['demo', 0, Infinity])
			.toArray();
		expect(rows.map((r) => r.cardId)).toEqual(['a', 'b', 'c', 'd']);

		await store.db.cards.update('demo/a', { queue: 1, state: 2, due: NOW - 1000 });
		await store.db.cards.update('demo/b', { queue: 1, state: 2, due: NOW + 86_400_000 });
		await store.db.cards.update('demo/c', { queue: 1, state: 1, due: NOW + 60_000 });
		expect(await store.deckCounts('demo', NOW)).toEqual({
			new: 1,
			learning: 1,
			due: 1,
			learned: 2,
			unstudied: 1,
			suspended: 0,
			total: 4
		});
		await store.suspendCard('demo/d');
		expect(await store.deckCounts('demo', NOW)).toMatchObject({
			new: 0,
			unstudied: 0,
			suspended: 1,
			total: 3
		});
	});
});

describe('grading and undo', () => {
	it('writes one review row with the previous state and updates the card, then undo restores it exactly', async () => {
		const { Scheduler } = await import('../srs/scheduler.ts');
		const scheduler = new Scheduler({ retention: 0.9 });
		const store = freshStore();
		await store.ensureCards(deck, templates, NOW);
		const before = await store.getCard('demo/a');
		const next = scheduler.grade(before!, 3, NOW);
		const review = await store.gradeCard({
			key: 'demo/a',
			grade: 3,
			schedule: () => next,
			now: NOW,
			durationMs: 4200
		});
		expect(await store.db.reviews.count()).toBe(1);
		expect(review).toMatchObject({
			rating: 3,
			cardKey: 'demo/a',
			deckId: 'demo',
			durationMs: 4200
		});
		expect(review.prev.queue).toBe(0);
		const after = await store.getCard('demo/a');
		expect(after).toMatchObject({ queue: 1, due: next.due, reps: 1 });
		expect(await store.studyDay('demo', NOW)).toMatchObject({
			newToday: 1,
			reviewsToday: 0,
			graded: new Map([['fact-a', new Set(['demo/a'])]])
		});

		const undone = await store.undoLastReview('demo');
		expect(undone?.id).toBe(review.id);
		expect(await store.getCard('demo/a')).toEqual(before);
		expect(await store.db.reviews.count()).toBe(0);
		expect(await store.undoLastReview('demo')).toBeUndefined();
	});

	it('a grade that fails to write changes neither the card nor the reviews', async () => {
		const store = freshStore();
		await store.ensureCards(deck, templates, NOW);
		const before = await store.getCard('demo/a');
		const reviews = store.db.reviews as unknown as {
			add: (...args: unknown[]) => Promise<unknown>;
		};
		const add = reviews.add;
		reviews.add = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		try {
			const error = await store
				.gradeCard({
					key: 'demo/a',
					grade: 3,
					schedule: () => ({ ...before!, due: NOW + 1 }),
					now: NOW,
					durationMs: 1
				})
				.catch((e: unknown) => e);
			expect((error as StorageError).problem).toBe('quota');
		} finally {
			reviews.add = add;
		}
		expect(await store.getCard('demo/a')).toEqual(before);
		expect(await store.db.reviews.count()).toBe(0);
	});

	it('reads only what the queue needs, within the limits', async () => {
		const store = freshStore();
		const many = Array.from({ length: 50 }, (_, i) => ({ cardId: `c${i}`, factId: `f${i}` }));
		await store.ensureCards(deck, many, NOW);
		await store.db.cards.bulkUpdate([
			{ key: 'demo/c10', changes: { queue: 1, state: 2, due: NOW - 5000 } },
			{ key: 'demo/c11', changes: { queue: 1, state: 1, due: NOW + 60_000 } },
			{ key: 'demo/c12', changes: { queue: 1, state: 2, due: NOW + 86_400_000 } }
		]);
		const day = { ...(await store.studyDay('demo', NOW)), newPerDay: 3 };
		const candidates = await store.todaysCards('demo', day, NOW);
		expect(candidates.map((c) => c.id)).toEqual([
			'demo/c10',
			'demo/c11',
			'demo/c0',
			'demo/c1',
			'demo/c2'
		]);
		expect(await store.todaysCards('demo', { ...day, newToday: 3 }, NOW)).toHaveLength(2);
		expect(await store.nextDue('demo', NOW)).toBe(NOW + 60_000);
	});

	it('reads new cards in deck order, one per fact, skipping facts taken today', async () => {
		const store = freshStore();
		const siblings = ['a', 'a', 'b', 'c', 'c', 'd'].map((f, i) => ({
			cardId: `${f}${i}`,
			factId: f
		}));
		await store.ensureCards(deck, siblings, NOW);
		await store.db.cards.update('demo/c3', { queue: 1, state: 2, due: NOW - 5000 });
		const day = { ...(await store.studyDay('demo', NOW)), newPerDay: 3 };
		const ids = (await store.todaysCards('demo', day, NOW)).map((c) => c.id);
		expect(ids).toEqual(['demo/c3', 'demo/a0', 'demo/b2', 'demo/d5']);
	});
});

/**
 * Issue 20 (7): after 5 missed questions "Add my mistakes" announced 16 cards due (every card of
 * every missed fact) and "learned" jumped from 10 to 26 (cards never studied counted as learned).
 */
describe('bringing quiz mistakes forward', () => {
	it('makes one card per fact due now, says what it did, and learns nothing', async () => {
		const store = freshStore();
		const cards = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'd', 'e'].map((f, i) => ({
			cardId: `${f}${i}`,
			factId: f
		}));
		await store.ensureCards(deck, cards, NOW);
		// b: studied (b3 last, two days ago); c: due already; d: suspended; e: in learning.
		await store.db.cards.bulkUpdate([
			{
				key: 'demo/b3',
				changes: { queue: 1, state: 2, due: NOW + 5 * 86_400_000, lastReview: NOW - 2 * 86_400_000 }
			},
			{
				key: 'demo/b4',
				changes: { queue: 1, state: 2, due: NOW + 86_400_000, lastReview: NOW - 9 * 86_400_000 }
			},
			{
				key: 'demo/c5',
				changes: { queue: 1, state: 2, due: NOW - 1000, lastReview: NOW - 86_400_000 }
			},
			{
				key: 'demo/e8',
				changes: { queue: 1, state: 1, due: NOW + 60_000, lastReview: NOW - 60_000 }
			}
		]);
		await store.suspendCard('demo/d6');
		await store.suspendCard('demo/d7');
		const before = await store.deckCounts('demo', NOW);

		const result = await store.bringForward('demo', ['a', 'a', 'b', 'c', 'd', 'e', 'x'], NOW);
		expect(result).toEqual({
			facts: 6,
			added: ['demo/a0', 'demo/b3'],
			alreadyDue: 2,
			leftOut: 2
		});
		expect(await store.getCard('demo/a0')).toMatchObject({ queue: 1, due: NOW, state: 0 });
		expect(await store.getCard('demo/b3')).toMatchObject({ queue: 1, due: NOW, state: 2 });
		expect(await store.getCard('demo/a1')).toMatchObject({ queue: 0 });
		const after = await store.deckCounts('demo', NOW);
		expect(after.due).toBe(before.due + 2);
		expect(after.learned).toBe(before.learned);
	});
});

describe('ensureCards fast path', () => {
	it('skips work when the deck is unchanged, and notices a reset or a content change', async () => {
		const { resetProgress } = await import('./backup-store.ts');
		const store = freshStore();
		expect(await store.ensureCards(deck, templates, NOW)).toBe(3);
		expect(await store.ensureCards(deck, templates, NOW)).toBe(0);
		await resetProgress(store);
		expect(await store.db.cards.count()).toBe(0);
		expect(await store.ensureCards(deck, templates, NOW)).toBe(3);
		const changed = [...templates.slice(1), { cardId: 'z', factId: 'fz' }];
		expect(await store.ensureCards(deck, changed, NOW)).toBe(1);
		expect(await store.db.cards.count()).toBe(4);
	});
});

/*
 * Issue 24, found by the consistency property: a card suspended in one tab (its study page's
 * "Suspend") while another tab's study page still shows it. Grading it there put it back in the
 * seen queue, still marked suspended: it came up for study again and was missing from the deck
 * page's list of suspended cards, the one place to bring it back. Undo had the same fault both
 * ways: a grade undone after the card was suspended since left it studyable, and one undone after
 * it was unsuspended since left it in the suspended queue, unmarked.
 */
describe('issue 24: a card suspended or unsuspended in another tab meanwhile', () => {
	const grade = async (store: ReturnType<typeof freshStore>, now: number) => {
		const { Scheduler } = await import('../srs/scheduler.ts');
		const scheduler = new Scheduler({ retention: 0.9 });
		return store.gradeCard({
			key: 'demo/a',
			grade: 3,
			schedule: (card) => scheduler.grade(card, 3, now),
			now,
			durationMs: 3000
		});
	};

	it('a grade keeps a card suspended since it was shown', async () => {
		const store = freshStore();
		await store.ensureCards(deck, templates, NOW);
		await store.suspendCard('demo/a');
		await grade(store, NOW + 1000);
		expect(await store.getCard('demo/a')).toMatchObject({ suspended: true, queue: 2, reps: 1 });
		expect((await store.suspendedCards('demo')).map((c) => c.id)).toEqual(['demo/a']);
	});

	it('undo keeps the card suspended, or not, as it is now', async () => {
		const store = freshStore();
		await store.ensureCards(deck, templates, NOW);
		const first = await grade(store, NOW + 1000);
		await store.suspendCard('demo/a');
		expect(await store.undoReview(first.id!)).toBeDefined();
		expect(await store.getCard('demo/a')).toMatchObject({ suspended: true, queue: 2, reps: 0 });

		const second = await grade(store, NOW + 2000);
		await store.unsuspendCards(['demo/a']);
		expect(await store.undoReview(second.id!)).toBeDefined();
		expect(await store.getCard('demo/a')).toMatchObject({ suspended: false, queue: 0, reps: 0 });
	});
});
