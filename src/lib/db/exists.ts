/**
 * Whether this browser has Factdeck's database yet, asked with the browser's own IndexedDB API:
 * a first visit can then show its empty screens without loading Dexie or creating a database
 * that nothing has been written to.
 */
import { DB_NAME } from '../records/version.ts';

/** Opens the database if it exists; never creates it (undefined when there is none). */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
	return new Promise((resolve, reject) => {
		const req = factory.open(name);
		// No database yet: cancel the creation instead of making an empty one.
		req.onupgradeneeded = () => req.transaction?.abort();
		req.onsuccess = () => resolve(req.result);
		req.onerror = () =>
			req.error?.name === 'AbortError'
				? resolve(undefined)
				: reject(req.error ?? new Error('IndexedDB open failed'));
		req.onblocked = () => resolve(undefined);
	});
}

export async function databaseExists(
	factory: IDBFactory = globalThis.indexedDB,
	name = DB_NAME
): Promise<boolean> {
	const db = await openExisting(factory, name);
	db?.close();
	return db !== undefined;
}
