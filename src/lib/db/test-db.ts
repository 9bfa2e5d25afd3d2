/** Test helper: a fresh database on fake-indexeddb (Node unit tests only). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FactdeckDB } from './database.ts';
import type { StoreAccess } from './open.ts';
import { Store } from './store.ts';

let counter = 0;

export function freshDb(): FactdeckDB {
	counter += 1;
	return new FactdeckDB(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function freshStore(): Store {
	return new Store(freshDb());
}

/** Tabs of one browser: a store each, on their own connections to one fresh database. */
export function freshTabs(count: number): Store[] {
	counter += 1;
	const name = `test-${counter}`;
	const indexedDB = new IDBFactory();
	return Array.from(
		{ length: count },
		() => new Store(new FactdeckDB(name, { indexedDB, IDBKeyRange }))
	);
}

/** Storage as a first visit sees it: no database until the first `open`, which is counted. */
export function firstVisit(store: Store): StoreAccess & { readonly opens: number } {
	let opens = 0;
	return {
		get opens() {
			return opens;
		},
		existing: () => Promise.resolve(opens > 0 ? store : undefined),
		open: () => {
			opens += 1;
			return Promise.resolve(store);
		}
	};
}
