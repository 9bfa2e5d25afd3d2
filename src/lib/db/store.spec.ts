/**
 * The store's other tables: settings, quiz attempts, a teacher's shared quizzes and class results,
 * and user decks; and how a write fails when storage is full. Studying: study-store.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { StorageError, classifyStorageError } from './storage-error.ts';
import { DEFAULT_SETTINGS } from '../records/settings.ts';
import { freshStore } from './test-db.ts';
import { classResultRow, sharedQuizRow, userDeck } from '../backup/backup-fixtures.ts';
import { NOW, deck, templates } from './store-test-deck.ts';

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
