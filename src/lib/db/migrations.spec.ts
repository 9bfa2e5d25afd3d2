/**
 * Schema upgrades keep a student's history. Each test builds the database exactly as an earlier
 * release wrote it (a frozen fixture in ./fixtures), opens it with today's schema, and checks
 * every row survived and was upgraded. Every future version adds its fixture and test here.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { V1_ROWS, V1_STORES } from './fixtures/v1.ts';
import { FactdeckDB } from './schema.ts';
import { Store } from './store.ts';

async function writeV1(factory: IDBFactory): Promise<void> {
	const old = new Dexie('factdeck', { indexedDB: factory, IDBKeyRange });
	old.version(1).stores(V1_STORES);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkAdd(rows);
	});
	old.close();
}

describe('upgrading from schema version 1', () => {
	it('keeps every row of every table, and adds the tables of later versions', async () => {
		const factory = new IDBFactory();
		await writeV1(factory);
		const db = new FactdeckDB('factdeck', { indexedDB: factory, IDBKeyRange });
		await db.open();
		expect(db.verno).toBeGreaterThanOrEqual(2);
		for (const [table, rows] of Object.entries(V1_ROWS)) {
			const stored = await db.table(table).toArray();
			expect(stored.length, table).toBe(rows.length);
			for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row));
		}
		expect(await db.sharedQuizzes.count()).toBe(0);
		expect(await db.classResults.count()).toBe(0);

		// The upgraded database works through the store as if it had always been current.
		const store = new Store(db);
		expect((await store.readSettings()).retention).toBe(0.85);
		const counts = await store.deckCounts('ukraine-security-guarantees', Date.UTC(2026, 5, 10, 8));
		expect(counts).toEqual({ due: 2, new: 1, learned: 3, total: 4 });
		const undone = await store.undoLastReview('ukraine-security-guarantees');
		expect(undone?.cardKey).toBe('ukraine-security-guarantees/fact-2.cloze.s');
		db.close();
	});
});
