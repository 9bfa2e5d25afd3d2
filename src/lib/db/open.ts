/**
 * How screens reach storage: Dexie (31 KB gzip) is imported on demand, so it is evaluated in its
 * own task instead of in the page's hydration. Study and quiz start it from their `load` (see
 * `startLoading` in $lib/decks), so it downloads while the page's code does.
 */
import { databaseExists } from './exists.ts';
import type { Store } from './store.ts';

/** Once the database exists (or this tab has opened it), there is no need to ask again. */
let known = false;

/** The store, creating the database if this browser has none yet: for anything that writes. */
export async function openStore(): Promise<Store> {
	const { getStore } = await import('./connection.ts');
	known = true;
	return getStore();
}

/**
 * The store if the database exists, undefined on a first visit: for screens that only read until
 * the student does something. Nothing to read means nothing to load, so a first visit skips
 * Dexie and the database's creation until the first write. When the browser cannot tell (no
 * IndexedDB, private mode), Dexie opens as usual and reports what is wrong.
 */
export async function existingStore(): Promise<Store | undefined> {
	if (!known) {
		try {
			if (!(await databaseExists())) return undefined;
		} catch {
			// Let openStore say what is wrong, through the usual storage message.
		}
	}
	return openStore();
}

/**
 * Storage as a screen that reads first and writes later sees it: `existing` for the reads (none
 * on a first visit), `open` for the first write, which creates the database.
 */
export interface StoreAccess {
	existing(): Promise<Store | undefined>;
	open(): Promise<Store>;
}

/** The browser's storage. */
export const browserStore: StoreAccess = { existing: existingStore, open: openStore };

/** Access to a store already open (unit tests; screens that have opened it anyway). */
export function accessTo(store: Store): StoreAccess {
	return { existing: () => Promise.resolve(store), open: () => Promise.resolve(store) };
}
