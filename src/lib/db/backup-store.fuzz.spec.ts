/**
 * Property-based tests of importing backups into storage. The backup is exported from a device
 * filled through the Store API, damaged structurally (see tests/support/fuzz.ts), and imported into
 * another device with history of its own, as the settings screen does: parse, preview, apply.
 * - A refused file, a preview and a failed write (any table) leave every table exactly as it was.
 * - An accepted file adds every row it holds, removes nothing, changes no shared quiz or class
 *   result already here, touches no other table, and importing it a second time changes nothing.
 *
 * Cases: 25 damaged backups imported twice + 20 imports whose write fails.
 */
import type { Table } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { TABLE_NAMES, type Backup, type TableName } from '../backup/backup-format.ts';
import { parseBackup, serializeBackup } from '../backup/backup.ts';
import { planChangesNothing, reviewIdentity } from '../backup/import-plan.ts';
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
	budget,
	jsonMutations,
	keysOf,
	mutateJson,
	runs,
	toNode,
	watchPrototypes,
	type JsonMutation
} from '../../../tests/support/fuzz.ts';
import { applyImport, exportAll, previewImport } from './backup-store.ts';
import { StorageError } from './storage-error.ts';
import type { ReviewRow, SettingRow } from '../records/rows.ts';
import type { Store } from './store.ts';
import { freshStore } from './test-db.ts';

const OPTIONS = { appVersion: '0.1.0', now: T0 + 2 * DAY };
const templates = ['a', 'b', 'c', 'd'].map((id) => ({ cardId: `${id}.cloze.x`, factId: id }));
const scheduler = new Scheduler({ retention: 0.9, fuzz: false });
/**
 * Damage that often leaves a valid backup (rows dropped or repeated, numbers changed, a key given
 * twice), so the import itself is exercised; backup.fuzz.spec.ts covers every kind of damage.
 */
const ROW_LEVEL: JsonMutation['op'][] = ['delete', 'clone', 'renumber', 'duplicate-key'];
/** Per case, for all the storage work (fake-indexeddb): a bound that catches a hang. */
const MAX_MS = 2_000;

/** Shared from both devices: the one imported into keeps its own copy. */
const SHARED = sharedQuizRow(1);

async function grade(store: Store, key: string, rating: 1 | 2 | 3 | 4, now: number) {
	const card = await store.getCard(key);
	if (!card) throw new Error(key);
	await store.gradeCard({
		key,
		grade: rating,
		schedule: () => scheduler.grade(card, rating, now),
		now,
		durationMs: 3000
	});
}

/** The device the backup comes from: two decks, grades, a quiz result, settings, teaching. */
async function sourceStore(): Promise<Store> {
	const store = freshStore();
	await store.ensureCards({ id: 'ukraine', title: 'Ukraine', kind: 'curated' }, templates, T0);
	const mine = userDeck('my-notes');
	await store.addUserDeck(mine, T0);
	await store.ensureCards(
		{ id: mine.id, title: mine.title, kind: 'user' },
		[{ cardId: 'capital.cloze.city', factId: 'capital' }],
		T0
	);
	await grade(store, 'ukraine/a.cloze.x', 3, T0 + 1000);
	await grade(store, 'ukraine/b.cloze.x', 1, T0 + 2000);
	await grade(store, 'ukraine/a.cloze.x', 4, T0 + DAY);
	await grade(store, 'my-notes/capital.cloze.city', 2, T0 + DAY + 5000);
	await store.finishAttempt(attemptRow('quiz-1@1', 'ukraine', T0 + 3000));
	await store.updateSettings({ theme: 'dark', retention: 0.85, newPerDay: 15, welcomed: true });
	await store.saveSharedQuiz(SHARED);
	await store.saveSharedQuiz(sharedQuizRow(2, 'my-notes'));
	await store.addClassResults([classResultRow(SHARED, 'Ada'), classResultRow(SHARED, 'Grace')]);
	return store;
}

/** The device it is imported into: overlapping and newer history, and tables imports never touch. */
async function deviceStore(): Promise<Store> {
	const store = freshStore();
	await store.ensureCards({ id: 'ukraine', title: 'Ukraine', kind: 'curated' }, templates, T0);
	await store.ensureCards({ id: 'other', title: 'Other', kind: 'curated' }, templates, T0);
	await grade(store, 'ukraine/a.cloze.x', 3, T0 + 1000);
	await grade(store, 'ukraine/a.cloze.x', 2, T0 + 3 * DAY);
	await grade(store, 'other/c.cloze.x', 3, T0 + 2 * DAY);
	await store.finishAttempt(attemptRow('quiz-2@1', 'other', T0 + 4000));
	await store.saveQuizProgress({
		quizKey: 'quiz-3',
		deckId: 'other',
		answers: [],
		startedAt: T0,
		updatedAt: T0
	});
	await store.saveSharedQuiz({ ...SHARED, title: 'Renamed on this device' });
	await store.addClassResults([{ ...classResultRow(SHARED, 'Ada'), addedAt: T0 + DAY }]);
	await store.saveSharedQuiz({
		id: 'sq-0123456789abcdef0123456789ab',
		title: 'Shared',
		deckId: 'ukraine',
		link: '/shared#1.AAAA',
		questions: [{ id: 'q1', prompt: 'Who?', answer: 'Kyiv' }],
		createdAt: T0
	});
	await store.addClassResults([
		{
			id: 'r1',
			quizId: 'sq-0123456789abcdef0123456789ab',
			title: 'Shared',
			name: 'Ada',
			score: 1,
			total: 1,
			answers: [{ q: 'q1', ok: true, given: 'Kyiv' }],
			finishedAt: T0,
			addedAt: T0
		}
	]);
	await store.updateSettings({ theme: 'light', newPerDay: 5, persistAsked: true });
	return store;
}

type Snapshot = Record<string, unknown[]>;

/** Every table of the database, every row, in one read transaction. */
async function snapshot(store: Store): Promise<Snapshot> {
	const db = store.db;
	const entry = async (table: Table): Promise<[string, unknown[]]> => [
		table.name,
		(await table.toArray()) as unknown[]
	];
	return db.transaction('r', db.tables, async () =>
		Object.fromEntries(await Promise.all(db.tables.map(entry)))
	);
}

/** A fresh copy of the device (restored from its snapshot: faster than rebuilding it). */
async function restored(device: Snapshot): Promise<Store> {
	const store = freshStore();
	const db = store.db;
	await db.transaction('rw', db.tables, () =>
		Promise.all(db.tables.map((t) => t.bulkAdd(structuredClone(device[t.name]))))
	);
	return store;
}

const source = await sourceStore();
const exported: Backup = await exportAll(source, OPTIONS);
const base = toNode(JSON.parse(serializeBackup(exported)));
const keys = keysOf(exported);
const device = await snapshot(await deviceStore());

/** What makes a row the same row when importing (reviews have per-browser ids). */
function keyOf(table: TableName, row: unknown): string {
	if (table === 'reviews') return reviewIdentity(row as ReviewRow);
	if (table === 'settings') return (row as SettingRow).key;
	return (row as { id: string }).id;
}

describe('importing backups into storage, fuzzed', () => {
	it('a refused file writes nothing; an accepted one adds all it holds, once', async () => {
		const checkPrototypes = watchPrototypes();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(
				jsonMutations(keys, { max: 2, maxString: 2_000, ops: ROW_LEVEL }),
				async (mutations) => {
					const start = performance.now();
					const target = await restored(device);
					const before = await snapshot(target);
					const parsed = parseBackup(mutateJson(base, mutations));
					if (!parsed.ok) {
						expect(await snapshot(target)).toEqual(before);
						return;
					}
					accepted++;
					const plan = await previewImport(target, parsed.backup);
					expect(await snapshot(target)).toEqual(before);
					await applyImport(target, plan);
					const after = await snapshot(target);
					for (const table of TABLE_NAMES) {
						const here = new Set(after[table].map((row) => keyOf(table, row)));
						// Everything in the backup is here now, and nothing that was here is gone.
						for (const row of [...parsed.backup.tables[table], ...before[table]])
							expect(here.has(keyOf(table, row))).toBe(true);
					}
					// What a teacher has here stays as it is; quizzes in progress never travel.
					for (const table of ['sharedQuizzes', 'classResults'])
						expect(after[table]).toEqual(expect.arrayContaining(before[table]));
					expect(after.quizProgress).toEqual(before.quizProgress);
					// The same file again: nothing to do, and nothing done.
					const again = await previewImport(target, parsed.backup);
					expect(planChangesNothing(again)).toBe(true);
					await applyImport(target, again);
					expect(await snapshot(target)).toEqual(after);
					checkPrototypes();
					target.db.close();
					expect(performance.now() - start).toBeLessThan(budget(MAX_MS));
				}
			),
			runs(25)
		);
		expect(accepted).toBeGreaterThan(5);
	});

	it('a write that fails in any table leaves every table as it was', async () => {
		let failed = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.option(jsonMutations(keys, { max: 1, maxString: 2_000, ops: ROW_LEVEL }), {
					nil: [] as JsonMutation[]
				}),
				fc.nat(),
				async (mutations, pick) => {
					const target = await restored(device);
					const before = await snapshot(target);
					const parsed = parseBackup(mutateJson(base, mutations));
					if (!parsed.ok) return;
					const plan = await previewImport(target, parsed.backup);
					const writing = TABLE_NAMES.filter((t) => plan.writes[t].length > 0);
					if (!writing.length) return;
					const table = writing[pick % writing.length];
					// Quota runs out on this table's write, after the tables before it were written.
					const full = new DOMException('full', 'QuotaExceededError');
					const spy = vi
						.spyOn(target.db[table] as Table, table === 'reviews' ? 'bulkAdd' : 'bulkPut')
						.mockRejectedValue(full);
					await expect(applyImport(target, plan)).rejects.toBeInstanceOf(StorageError);
					spy.mockRestore();
					expect(await snapshot(target)).toEqual(before);
					failed++;
					target.db.close();
				}
			),
			runs(20)
		);
		expect(failed).toBeGreaterThan(5);
	});
});
