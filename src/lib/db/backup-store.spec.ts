import { describe, expect, it, vi } from 'vitest';
import {
	BACKUP_FORMAT,
	TABLE_NAMES,
	type Backup,
	type TableName
} from '../backup/backup-format.ts';
import { parseBackup, serializeBackup } from '../backup/backup.ts';
import { planChangesNothing } from '../backup/import-plan.ts';
import {
	DAY,
	T0,
	attemptRow,
	classResultRow,
	sharedQuizRow,
	userDeck
} from '../backup/backup-fixtures.ts';
import { Scheduler } from '../srs/scheduler.ts';
import {
	applyImport,
	exportAll,
	previewImport,
	readAllTables,
	resetProgress
} from './backup-store.ts';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import type { Store } from './store.ts';
import { freshStore } from './test-db.ts';

const OPTIONS = { appVersion: '0.1.0', now: T0 + 2 * DAY };
const templates = ['a', 'b', 'c', 'd'].map((id) => ({ cardId: `${id}.cloze.x`, factId: id }));

const quiz = sharedQuizRow(1);
const otherQuiz = sharedQuizRow(2, 'my-notes', T0 + DAY);

/** A device with some history: two decks, grades, a quiz, settings, and what a teacher keeps. */
async function studiedStore(): Promise<Store> {
	const store = freshStore();
	const scheduler = new Scheduler({ retention: 0.9, fuzz: false });
	await store.ensureCards({ id: 'ukraine', title: 'Ukraine', kind: 'curated' }, templates, T0);
	const mine = userDeck('my-notes');
	await store.addUserDeck(mine, T0);
	await store.ensureCards(
		{ id: mine.id, title: mine.title, kind: 'user' },
		[{ cardId: 'capital.cloze.city', factId: 'capital' }],
		T0
	);
	const grade = async (key: string, rating: 1 | 2 | 3 | 4, now: number) => {
		const card = await store.getCard(key);
		if (!card) throw new Error(key);
		await store.gradeCard({
			key,
			grade: rating,
			schedule: () => scheduler.grade(card, rating, now),
			now,
			durationMs: 3000
		});
	};
	await grade('ukraine/a.cloze.x', 3, T0 + 1000);
	await grade('ukraine/b.cloze.x', 1, T0 + 2000);
	await grade('ukraine/a.cloze.x', 4, T0 + DAY);
	await grade('my-notes/capital.cloze.city', 2, T0 + DAY + 5000);
	await store.finishAttempt(attemptRow('quiz-1@1', 'ukraine', T0 + 3000));
	await store.updateSettings({ theme: 'dark', retention: 0.85, newPerDay: 15, welcomed: true });
	await store.saveSharedQuiz(quiz);
	await store.saveSharedQuiz(otherQuiz);
	await store.addClassResults([
		classResultRow(quiz, 'Ada', T0 + DAY),
		classResultRow(quiz, 'Grace', T0 + DAY + 1000),
		classResultRow(otherQuiz, 'Ada', T0 + 2 * DAY)
	]);
	return store;
}

/** Rows per table. */
async function counts(store: Store): Promise<Record<TableName, number>> {
	const rows = await Promise.all(TABLE_NAMES.map((t) => store.db.table(t).count()));
	return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, rows[i]])) as Record<TableName, number>;
}

/** A teacher's tables, every row, in key order. */
async function teaching(store: Store) {
	return {
		sharedQuizzes: await store.db.sharedQuizzes.toArray(),
		classResults: await store.db.classResults.toArray()
	};
}

/** The backup's text as a version that did not carry a teacher's tables wrote it. */
function withoutTeaching(text: string): string {
	const data = JSON.parse(text) as { tables: Record<string, unknown> };
	delete data.tables.sharedQuizzes;
	delete data.tables.classResults;
	return JSON.stringify(data);
}

/** The tables as a student would compare them: reviews without their per-browser ids. */
async function comparable(store: Store) {
	const tables = await readAllTables(store);
	return { ...tables, reviews: tables.reviews.map(({ id: _id, ...review }) => review) };
}

/** Export to text and read it back, as a file would travel. */
async function backupOf(store: Store): Promise<Backup> {
	const parsed = parseBackup(serializeBackup(await exportAll(store, OPTIONS)));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.backup;
}

async function importInto(store: Store, backup: Backup) {
	return applyImport(store, await previewImport(store, backup));
}

describe('backup round trip', () => {
	it('DB_SCHEMA_VERSION is the version the database opens at', async () => {
		const store = freshStore();
		await store.db.open();
		expect(store.db.verno).toBe(DB_SCHEMA_VERSION);
	});

	it('export → new device → import gives identical tables (except review ids)', async () => {
		const source = await studiedStore();
		const backup = await backupOf(source);
		const target = freshStore();
		const done = await importInto(target, backup);
		expect(done.counts.reviews.added).toBe(4);
		expect(done.counts.sharedQuizzes.added).toBe(2);
		expect(done.counts.classResults.added).toBe(3);
		expect(await comparable(target)).toEqual(await comparable(source));
		expect(await teaching(target)).toEqual(await teaching(source));
	});

	it('export → reset and clear → import restores the same device', async () => {
		const store = await studiedStore();
		const before = await comparable(store);
		const teacher = await teaching(store);
		const backup = await backupOf(store);
		await store.db.transaction('rw', store.db.tables, () =>
			Promise.all(store.db.tables.map((t) => t.clear()))
		);
		expect(await counts(store)).toMatchObject({ reviews: 0, sharedQuizzes: 0, classResults: 0 });
		await importInto(store, backup);
		expect(await comparable(store)).toEqual(before);
		expect(await teaching(store)).toEqual(teacher);
		expect(teacher.classResults).toHaveLength(3);
	});

	it('importing the same file twice adds nothing', async () => {
		const backup = await backupOf(await studiedStore());
		const target = freshStore();
		await importInto(target, backup);
		const after = await counts(target);
		expect(after).toMatchObject({ sharedQuizzes: 2, classResults: 3 });
		const again = await previewImport(target, backup);
		expect(planChangesNothing(again)).toBe(true);
		expect(again.counts.sharedQuizzes).toEqual({ added: 0, updated: 0, kept: 2 });
		expect(again.counts.classResults).toEqual({ added: 0, updated: 0, kept: 3 });
		await applyImport(target, again);
		expect(await counts(target)).toEqual(after);
	});

	it('a backup written before shared quizzes and class results travelled still imports', async () => {
		const source = await studiedStore();
		const old = parseBackup(withoutTeaching(serializeBackup(await exportAll(source, OPTIONS))));
		if (!old.ok) throw new Error(old.error);
		const target = freshStore();
		const done = await importInto(target, old.backup);
		expect(done.counts.reviews.added).toBe(4);
		expect(await comparable(target)).toEqual({
			...(await comparable(source)),
			sharedQuizzes: [],
			classResults: []
		});

		// Into a teacher's device, it leaves the teacher's tables as they are.
		const teacher = await studiedStore();
		const before = await teaching(teacher);
		await importInto(teacher, old.backup);
		expect(await teaching(teacher)).toEqual(before);
	});

	it('keeps the shared quizzes and class results this device has, and adds the others', async () => {
		const backup = await backupOf(await studiedStore());
		const target = freshStore();
		const mine = { ...quiz, title: 'Renamed on this device', createdAt: T0 + 5 * DAY };
		const ada = { ...classResultRow(quiz, 'Ada', T0 + DAY), addedAt: T0 + 5 * DAY };
		await target.saveSharedQuiz(mine);
		await target.addClassResults([ada]);
		const preview = await previewImport(target, backup);
		expect(preview.counts.sharedQuizzes).toEqual({ added: 1, updated: 0, kept: 1 });
		expect(preview.counts.classResults).toEqual({ added: 2, updated: 0, kept: 1 });
		await applyImport(target, preview);
		expect(await target.getSharedQuiz(quiz.id)).toEqual(mine);
		expect(await target.getSharedQuiz(otherQuiz.id)).toEqual(otherQuiz);
		expect(await target.db.classResults.get(ada.id)).toEqual(ada);
		expect((await target.listClassResults()).map((r) => r.name).sort()).toEqual([
			'Ada',
			'Ada',
			'Grace'
		]);
	});

	it('merges: only the reviews this device lacks are added, and the later card state wins', async () => {
		const store = await studiedStore();
		const backup = await backupOf(store);
		// After the backup, this device studies one card more.
		const card = await store.getCard('ukraine/c.cloze.x');
		const next = new Scheduler({ retention: 0.9, fuzz: false }).grade(card!, 3, T0 + 2 * DAY);
		await store.gradeCard({
			key: card!.id,
			grade: 3,
			schedule: () => next,
			now: T0 + 2 * DAY,
			durationMs: 1
		});
		const other = freshStore();
		await importInto(other, backup);
		// The other device grades card a again, later than anything in the backup.
		const a = await other.getCard('ukraine/a.cloze.x');
		const later = new Scheduler({ retention: 0.9, fuzz: false }).grade(a!, 3, T0 + 3 * DAY);
		await other.gradeCard({
			key: a!.id,
			grade: 3,
			schedule: () => later,
			now: T0 + 3 * DAY,
			durationMs: 1
		});

		const done = await importInto(store, await backupOf(other));
		expect(done.counts.reviews).toEqual({ added: 1, updated: 0, kept: 4 });
		expect(done.counts.cards.updated).toBe(1);
		expect((await store.getCard('ukraine/a.cloze.x'))?.lastReview).toBe(T0 + 3 * DAY);
		expect((await store.getCard('ukraine/c.cloze.x'))?.lastReview).toBe(T0 + 2 * DAY);
		expect(await store.db.reviews.count()).toBe(6);
	});
});

describe('a bad file writes nothing', () => {
	it('a corrupt or foreign file is refused before anything is written', async () => {
		const store = await studiedStore();
		const before = await counts(store);
		const text = serializeBackup(await exportAll(store, OPTIONS));
		for (const bad of [
			text.slice(0, text.length / 2),
			text.replace('"rating":3', '"rating":7'),
			'{"app":"quizlet","cards":[]}'
		]) {
			const result = parseBackup(bad);
			expect(result.ok).toBe(false);
		}
		expect(await counts(store)).toEqual(before);
	});

	it('a malformed shared quiz or class result is refused, naming it, and nothing is written', async () => {
		const source = await studiedStore();
		const text = serializeBackup(await exportAll(source, OPTIONS));
		const damage = (edit: (tables: Record<string, Record<string, unknown>[]>) => void) => {
			const data = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
			edit(data.tables);
			return JSON.stringify(data);
		};
		const target = freshStore();
		await target.saveSharedQuiz(quiz);
		const before = { counts: await counts(target), teaching: await teaching(target) };
		const cases: [string, string][] = [
			[damage((t) => (t.sharedQuizzes[1].questions = 'none')), 'tables.sharedQuizzes[1].questions'],
			[damage((t) => (t.classResults[2].finishedAt = 'today')), 'tables.classResults[2].finishedAt']
		];
		for (const [bad, path] of cases) {
			const result = parseBackup(bad);
			if (result.ok) throw new Error(`expected ${path} to be refused`);
			const start = `This backup is damaged (${path}: `;
			expect(result.error.slice(0, start.length)).toBe(start);
			expect(result.error).toMatch(/\)\. Nothing was imported\.$/);
		}
		expect({ counts: await counts(target), teaching: await teaching(target) }).toEqual(before);
	});

	it('a file from a newer format is refused with a clear message', () => {
		const result = parseBackup(
			JSON.stringify({
				app: 'factdeck',
				format: BACKUP_FORMAT + 1,
				appVersion: '9.0.0',
				tables: {}
			})
		);
		expect(result).toEqual({
			ok: false,
			error:
				'This backup was made by a newer version of Factdeck (9.0.0). Update Factdeck (reload the app), then import it again. Nothing was imported.'
		});
	});

	it('a class result that fails to write leaves every table as it was (one transaction)', async () => {
		const backup = await backupOf(await studiedStore());
		const target = freshStore();
		const plan = await previewImport(target, backup);
		// Every other table is written first; the class results are the last write.
		vi.spyOn(target.db.classResults, 'bulkPut').mockRejectedValue(
			new DOMException('full', 'QuotaExceededError')
		);
		await expect(applyImport(target, plan)).rejects.toMatchObject({ problem: 'quota' });
		expect(Object.values(await counts(target))).toEqual(TABLE_NAMES.map(() => 0));
	});

	it('a write that fails half-way leaves every table as it was (one transaction)', async () => {
		const source = await studiedStore();
		const backup = await backupOf(source);
		const target = freshStore();
		await target.ensureCards({ id: 'other', title: 'Other', kind: 'curated' }, templates, T0);
		const before = await comparable(target);
		const plan = await previewImport(target, backup);
		// Decks and cards are written first; then adding the reviews fails (a full disk, say).
		vi.spyOn(target.db.reviews, 'bulkAdd').mockRejectedValue(
			new DOMException('full', 'QuotaExceededError')
		);
		await expect(applyImport(target, plan)).rejects.toMatchObject({ problem: 'quota' });
		expect(await comparable(target)).toEqual(before);
	});
});

describe('reset progress', () => {
	it('clears cards, reviews and quiz results, and keeps settings, decks and teaching', async () => {
		const store = await studiedStore();
		await store.saveQuizProgress({
			quizKey: 'k',
			deckId: 'ukraine',
			answers: [],
			startedAt: T0,
			updatedAt: T0
		});
		expect(await resetProgress(store)).toEqual({ cards: 5, reviews: 4, attempts: 1 });
		expect(await counts(store)).toEqual({
			decks: 2,
			cards: 0,
			reviews: 0,
			attempts: 0,
			settings: 4,
			sharedQuizzes: 2,
			classResults: 3
		});
		expect(await store.getQuizProgress('k')).toBeUndefined();
		expect((await store.getDeckRow('my-notes'))?.deck?.id).toBe('my-notes');
		expect((await store.readSettings()).retention).toBe(0.85);
	});
});
