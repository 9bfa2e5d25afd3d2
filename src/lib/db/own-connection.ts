/** A worker's database work on a connection of its own (the import's, the reschedule's). */
import type { FactdeckDB } from './database.ts';
import { StorageError } from './storage-error.ts';

/**
 * Runs `work` on a new connection, closed after it. A newer version opened in another tab closes
 * it at once (see client.ts), and the failure then says so.
 */
export async function withOwnConnection<T>(
	openDatabase: () => FactdeckDB,
	work: (db: FactdeckDB) => Promise<T>
): Promise<T> {
	const db = openDatabase();
	let replaced = false;
	db.on('versionchange', () => {
		replaced = true;
		db.close({ disableAutoOpen: true });
		return false;
	});
	try {
		return await work(db);
	} catch (error) {
		throw replaced ? new StorageError('version', error) : error;
	} finally {
		db.close();
	}
}
