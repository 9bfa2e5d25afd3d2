import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { databaseExists } from './exists.ts';
import { FactdeckDB } from './database.ts';
import { Store } from './store.ts';

describe('databaseExists', () => {
	it('says no on a first visit, and asking creates nothing', async () => {
		const factory = new IDBFactory();
		expect(await databaseExists(factory, 'factdeck')).toBe(false);
		expect(await databaseExists(factory, 'factdeck')).toBe(false);
		expect(await factory.databases()).toEqual([]);
	});

	it('says yes once the Store has written, and leaves no connection open to block an upgrade', async () => {
		const factory = new IDBFactory();
		const db = new FactdeckDB('factdeck', { indexedDB: factory, IDBKeyRange });
		await new Store(db).updateSettings({ welcomed: true });
		db.close();
		expect(await databaseExists(factory, 'factdeck')).toBe(true);
		// A later schema version opens at once: the probe closed its connection.
		const upgraded = await new Promise<number>((resolve, reject) => {
			const req = factory.open('factdeck', db.verno * 10 + 1);
			req.onsuccess = () => {
				resolve(req.result.version);
				req.result.close();
			};
			req.onerror = () => reject(req.error ?? new Error('open failed'));
			req.onblocked = () => reject(new Error('blocked by a connection left open'));
		});
		expect(upgraded).toBe(db.verno * 10 + 1);
	});
});
