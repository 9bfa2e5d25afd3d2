import { describe, expect, it } from 'vitest';
import { StorageError, classifyStorageError } from './storage-error.ts';
import { DEFAULT_SETTINGS } from '../records/settings.ts';
import { freshStore } from './test-db.ts';
import { classResultRow, sharedQuizRow, userDeck } from '../backup/backup-fixtures.ts';

const NOW = Date.UTC(2026, 0, 15, 9);
const deck = { id: 'demo', title: 'Demo', kind: 'curated' as const };
const templates = ['a', 'b', 'c'].map((id) => ({ cardId: id, factId: `fact-${id}` }));

describe('settings', () => {
	it('reads defaults from an empty database and round-trips a change', async () => {
		const store = freshStore();
		expect(await store.readSettings()).toEqual(DEFAULT_SETTINGS);
		await store.updateSettings({ theme: 'dark', retention: 0.85 });
		expect(await store.readSettings()).toMatchObject({ theme: 'dark', retention: 0.85 });
	});

	it('stamps each change with its time, so an import keeps the newer value (issue 23)', async () => {
		const store = freshStore();
		await store.updateSettings({ theme: 'dark' }, NOW);
		await store.updateSettings({ newPerDay: 5 }, NOW + 1);
		expect(await store.db.settings.toArray()).toEqual([
			{ key: 'newPerDay', value: 5, changedAt: NOW + 1 },
			{ key: 'theme', value: 'dark', changedAt: NOW }
		]);
	});

	it('replaces out-of-range or foreign values written by someone else with defaults', async () => {
		const store = freshStore();
		await store.db.settings.bulkPut([
			{ key: 'theme', value: 'purple' },
			{ key: 'retention', value: 5 },
			{ key: 'newPerDay', value: '20' },
			{ key: '__proto__', value: { polluted: true } }
		]);
		const settings = await store.readSettings();
		expect(settings.theme).toBe('system');
		expect(settings.retention).toBe(0.9);
		expect(settings.newPerDay).toBe(20);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

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

describe('quiz attempts', () => {
	it('saves progress, then finishing records the attempt and clears the progress together', async () => {
		const store = freshStore();
		const answers = [{ questionId: 'q1', factId: 'f1', given: 'x', correct: true }];
		await store.saveQuizProgress({
			quizKey: 'k',
			deckId: 'demo',
			answers,
			startedAt: NOW,
			updatedAt: NOW
		});
		expect((await store.getQuizProgress('k'))?.answers).toEqual(answers);
		await store.finishAttempt({
			id: 'a1',
			quizKey: 'k',
			deckId: 'demo',
			title: 'Demo',
			seed: 1,
			answers,
			score: 1,
			total: 1,
			startedAt: NOW,
			finishedAt: NOW + 5000
		});
		expect(await store.getQuizProgress('k')).toBeUndefined();
		expect((await store.lastAttempt())?.id).toBe('a1');
	});
});

describe('storage failures', () => {
	function quotaError() {
		return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}

	it('recognises a quota error however Dexie wraps it', () => {
		expect(classifyStorageError(quotaError())).toBe('quota');
		expect(classifyStorageError({ name: 'AbortError', inner: quotaError() })).toBe('quota');
		expect(classifyStorageError({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe(
			'version'
		);
		expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
		expect(classifyStorageError(new Error('boom'))).toBe('unknown');
	});

	it('a write that hits the quota fails with a clear message and loses nothing saved before', async () => {
		const store = freshStore();
		await store.ensureCards(deck, templates, NOW);
		// fake-indexeddb has no quota: make the object store's writes fail as a full disk would.
		const proto = Object.getPrototypeOf(
			store.db.backendDB().transaction('cards', 'readonly').objectStore('cards')
		) as { add: (...args: unknown[]) => unknown; put: (...args: unknown[]) => unknown };
		const { add, put } = proto;
		proto.add = proto.put = () => {
			throw quotaError();
		};
		try {
			const more = [...templates, { cardId: 'd', factId: 'f' }, { cardId: 'e', factId: 'f' }];
			const error = await store.ensureCards(deck, more, NOW).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StorageError);
			expect((error as StorageError).problem).toBe('quota');
			expect((error as StorageError).message).toMatch(/storage is full/i);
		} finally {
			proto.add = add;
			proto.put = put;
		}
		expect(await store.db.cards.count()).toBe(3);
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

describe('teaching', () => {
	const result = (name: string) => ({
		id: `sq-1|${name}|${NOW}`,
		quizId: 'sq-1',
		title: 'Quiz',
		name,
		score: 1,
		total: 1,
		answers: [{ q: 'q1', ok: true, given: 'x' }],
		finishedAt: NOW,
		addedAt: NOW
	});

	// The same code pasted twice in one go used to reach bulkAdd twice: a ConstraintError that
	// added nothing at all, not even the other codes.
	it('adds a result code once, whether it is already there or pasted twice at once', async () => {
		const store = freshStore();
		expect(await store.addClassResults([result('Ada')])).toBe(1);
		expect(await store.addClassResults([result('Ada'), result('Bo'), result('Bo')])).toBe(1);
		expect((await store.listClassResults()).map((r) => r.name)).toEqual(['Ada', 'Bo']);
	});

	it('keeps the quiz being made on Teach apart from the settings and from backups', async () => {
		const store = freshStore();
		expect(await store.readTeachQuiz()).toBeUndefined();
		const quiz = {
			deckId: 'demo',
			title: 'Year 10',
			n: 5,
			types: ['cloze' as const],
			shuffle: true,
			timeLimit: 12,
			seed: 42,
			edits: { q1: { prompt: 'Reworded' }, q2: { dropped: true } }
		};
		await store.saveTeachQuiz(quiz);
		expect(await store.readTeachQuiz()).toEqual(quiz);
		expect(await store.readSettings()).toEqual(DEFAULT_SETTINGS);
		const { exportAll } = await import('./backup-store.ts');
		const backup = await exportAll(store, { appVersion: 'test', now: NOW });
		expect(JSON.stringify(backup)).not.toContain('Reworded');
	});
});

/**
 * Issue 24, defect 4: one repeated line in a paste of result codes sent two rows with one id to
 * a single bulkAdd, which failed as a whole: “Saving failed”, 0 added, and the same on a retry.
 */
describe('issue 24 defect 4: a result code given twice', () => {
	it('is added once, with the other codes, instead of failing them all', async () => {
		const quiz = sharedQuizRow(1);
		const [ada, grace] = [classResultRow(quiz, 'Ada'), classResultRow(quiz, 'Grace')];
		const store = freshStore();
		expect(await store.addClassResults([ada, grace, ada])).toBe(2);
		expect(await store.addClassResults([ada, ada])).toBe(0);
		expect((await store.listClassResults()).map((r) => r.name).sort()).toEqual(['Ada', 'Grace']);
	});
});

/*
 * Issue 24 defect 3: a deck was saved with `put` under its own id, so the same article published
 * twice (its id is derived from the text) or a deck file with a user deck's id replaced that deck
 * without a word and left its cards and reviews pointing at another deck's content.
 */
describe('issue 24 defect 3: decks replaced without warning', () => {
	it('saves a second deck with a taken id under a new id, keeping the first', async () => {
		const store = freshStore();
		const first = await store.addUserDeck(userDeck('gen-abc'), NOW);
		const second = await store.addUserDeck({ ...userDeck('gen-abc'), title: 'Second' }, NOW + 1);
		const third = await store.addUserDeck(userDeck('gen-abc'), NOW + 2, ['gen-abc-3']);
		expect([first.id, second.id, third.id]).toEqual(['gen-abc', 'gen-abc-2', 'gen-abc-4']);
		expect((await store.getDeckRow('gen-abc'))?.deck?.title).toBe('My notes');
		expect((await store.getDeckRow('gen-abc-2'))?.deck).toMatchObject({
			id: 'gen-abc-2',
			title: 'Second'
		});
	});

	it('keeps a new id within the 64 characters a deck id may have', async () => {
		const store = freshStore();
		const long = 'a'.repeat(64);
		await store.addUserDeck(userDeck(long), NOW);
		const again = await store.addUserDeck(userDeck(long), NOW);
		expect(again.id).toMatch(/^a{58}-2$/);
	});

	it('counts what replacing a deck loses, and replacing deletes it', async () => {
		const { Scheduler } = await import('../srs/scheduler.ts');
		const scheduler = new Scheduler({ retention: 0.9 });
		const store = freshStore();
		const notes = userDeck('my-notes');
		await store.addUserDeck(notes, NOW);
		await store.ensureCards({ id: 'my-notes', title: 'My notes', kind: 'user' }, templates, NOW);
		const card = await store.getCard('my-notes/a');
		await store.gradeCard({
			key: 'my-notes/a',
			grade: 3,
			schedule: () => scheduler.grade(card!, 3, NOW),
			now: NOW,
			durationMs: 1000
		});
		expect(await store.deckProgress('my-notes')).toEqual({ studied: 1, reviews: 1 });
		await store.replaceUserDeck({ ...notes, title: 'New notes' }, NOW + 1);
		expect(await store.deckProgress('my-notes')).toEqual({ studied: 0, reviews: 0 });
		expect(await store.db.cards.where('deckId').equals('my-notes').count()).toBe(0);
		expect((await store.getDeckRow('my-notes'))?.title).toBe('New notes');
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
