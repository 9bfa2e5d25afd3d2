/** The browser's one connection to the `factdeck` database, opened on first use. */
import { FactdeckDB } from './database.ts';
import { StorageError } from './storage-error.ts';
import { storageStatus } from './status.svelte.ts';
import { Store } from './store.ts';

let store: Store | undefined;

export function getStore(): Store {
	if (store) return store;
	const db = new FactdeckDB();
	// A newer version opened in another tab: step aside so its upgrade is never blocked, and never
	// write with the old schema. The banner asks this tab to reload.
	db.on('versionchange', () => {
		db.close({ disableAutoOpen: true });
		storageStatus.report(new StorageError('version'));
		return false;
	});
	store = new Store(db);
	return store;
}
