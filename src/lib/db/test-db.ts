/** Test helper: a fresh database on fake-indexeddb (Node unit tests only). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FactdeckDB } from './schema.ts';
import { Store } from './store.ts';

let counter = 0;

export function freshDb(): FactdeckDB {
	counter += 1;
	return new FactdeckDB(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function freshStore(): Store {
	return new Store(freshDb());
}
