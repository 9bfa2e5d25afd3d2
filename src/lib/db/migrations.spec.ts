/**
 * Schema upgrades keep a student's history. Each test builds the database exactly as an earlier
 * release wrote it (a frozen fixture in ./fixtures), opens it with today's schema, and checks
 * every row survived and was upgraded. A new schema version adds its fixture and a case here.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { V1_NOW, V1_ROWS, V1_STORES } from './fixtures/v1.ts';
import { V2_ROWS, V2_STORES } from './fixtures/v2.ts';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import { FactdeckDB } from './database.ts';
import { Store } from './store.ts';

const DECK = 'ukraine-security-guarantees';

async function writeRelease(
	factory: IDBFactory,
	version: number,
	stores: Record<string, string>,
	rows: Record<string, object[]>
): Promise<void> {
	const old = new Dexie('factdeck', { indexedDB: factory, IDBKeyRange });
	old.version(version).stores(stores);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
	});
	old.close();
}

describe.each([
	{ from: 1, stores: V1_STORES, rows: V1_ROWS },
	{ from: 2, stores: V2_STORES, rows: V2_ROWS }
])('upgrading from schema version $from', ({ from, stores, rows }) => {
	it('keeps every row of every table and upgrades them to the current version', async () => {
		const factory = new IDBFactory();
		await writeRelease(factory, from, stores, rows);
		const db = new FactdeckDB('factdeck', { indexedDB: factory, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(DB_SCHEMA_VERSION);
		for (const [table, list] of Object.entries(rows)) {
			const stored = await db.table(table).toArray();
			expect(stored.length, table).toBe(list.length);
			for (const row of list) expect(stored, table).toContainEqual(expect.objectContaining(row));
		}
		// Version 3: every card has its suspension flag, none suspended.
		const cards = await db.cards.toArray();
		expect(cards.every((c) => c.suspended === false)).toBe(true);
		// …and one deck's reviews are found through the new [deckId+reviewedAt] index.
		const store = new Store(db);
		expect(await store.reviewsSince(DECK, 0)).toHaveLength(V1_ROWS.reviews.length);
		expect(await store.reviewsSince(DECK, V1_NOW - 6 * 86_400_000)).toHaveLength(3);

		// The upgraded database works as if it had always been current.
		expect((await store.readSettings()).retention).toBe(0.85);
		const counts = {
			new: 1,
			learning: 0,
			due: 2,
			learned: 3,
			unstudied: 1,
			suspended: 0,
			total: 4
		};
		expect(await store.deckCounts(DECK, V1_NOW)).toEqual(counts);
		await store.suspendCard(`${DECK}/fact-0.cloze.s`);
		expect(await store.deckCounts(DECK, V1_NOW)).toEqual({
			...counts,
			due: 1,
			learned: 2,
			suspended: 1,
			total: 3
		});
		const undone = await store.undoLastReview(DECK);
		expect(undone?.cardKey).toBe(`${DECK}/fact-2.cloze.s`);
		if (from >= 2) expect(await db.classResults.count()).toBe(1);
		db.close();
	});
});
