/**
 * The import as its worker runs it (issue 24: a 44 MB backup froze the page for seconds, so all of
 * it moved off the page): previews without writing, writes only on apply, answers every failure
 * with a reply the page can show, and never keeps a connection open between steps, where it would
 * hold up another tab's schema upgrade.
 */
import { Dexie, type Table } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, TABLE_NAMES, emptyTables } from '../backup/backup-format.ts';
import { createBackup, serializeBackup } from '../backup/backup.ts';
import { T0, cardRow, deckRow, reviewRow, studied } from '../backup/backup-fixtures.ts';
import { BackupImportSession } from './backup-import-session.ts';
import { FactdeckDB } from './database.ts';

let counter = 0;

/** A session on a database of its own, and every connection the session opened. */
function setup() {
	const indexedDB = new IDBFactory();
	const name = `import-${++counter}`;
	const open = () => new FactdeckDB(name, { indexedDB, IDBKeyRange });
	const connections: FactdeckDB[] = [];
	const session = new BackupImportSession(() => {
		const db = open();
		connections.push(db);
		return db;
	});
	/** Rows per table, read on a connection closed afterwards. */
	const counts = async () => {
		const db = open();
		try {
			return Object.fromEntries(
				await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).count()] as const))
			);
		} finally {
			db.close();
		}
	};
	return { indexedDB, name, open, session, connections, counts };
}

/** Where Dexie's tables get `bulkAdd` from (every connection's tables share it). */
function tablePrototype(): Table {
	let proto: unknown = new FactdeckDB('prototype-probe', {
		indexedDB: new IDBFactory(),
		IDBKeyRange
	}).reviews;
	while (proto && !Object.hasOwn(proto, 'bulkAdd')) proto = Object.getPrototypeOf(proto);
	return proto as Table;
}

function backupFile(name = 'factdeck-backup-2026-01-15.json'): File {
	const card = cardRow('my-notes', 'capital.cloze.city', studied(T0 + 1000));
	const tables = {
		...emptyTables(),
		decks: [deckRow('my-notes', 'user')],
		cards: [card],
		reviews: [reviewRow(card, T0 + 1000)],
		settings: [{ key: 'retention', value: 0.85 }]
	};
	const backup = createBackup(tables, { appVersion: '0.1.0', now: T0 + 5000 });
	return new File([serializeBackup(backup)], name, { type: 'application/json' });
}

describe('BackupImportSession', () => {
	it('previews without writing, then writes on apply, closing its connection after each', async () => {
		const { session, connections, counts } = setup();
		const preview = await session.preview(backupFile());
		expect(preview).toMatchObject({
			type: 'preview',
			preview: {
				changesNothing: false,
				settings: ['Desired retention: 90% → 85%'],
				lines: expect.arrayContaining([
					{ table: 'reviews', label: 'Reviews (your grades)', text: '1 to add' }
				]) as unknown
			}
		});
		// What crosses to the page is plain data.
		expect(structuredClone(preview)).toEqual(preview);
		expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);

		const applied = await session.apply();
		expect(applied).toEqual({
			type: 'done',
			result: 'Added 1 deck, 1 card, 1 review and 1 setting.'
		});
		expect(await counts()).toMatchObject({ decks: 1, cards: 1, reviews: 1, settings: 1 });
		expect(connections).toHaveLength(2);
		expect(connections.map((db) => db.isOpen())).toEqual([false, false]);
	});

	it('between preview and apply, another tab can upgrade the database without waiting', async () => {
		const { session, indexedDB, name } = setup();
		expect((await session.preview(backupFile())).type).toBe('preview');
		const blocked = await new Promise<boolean>((resolve, reject) => {
			let wasBlocked = false;
			// Dexie's version 3 is IndexedDB's 30: a newer app opens 40.
			const request = indexedDB.open(name, 40);
			request.onblocked = () => (wasBlocked = true);
			request.onerror = () => reject(new Error(String(request.error)));
			request.onsuccess = () => {
				request.result.close();
				resolve(wasBlocked);
			};
		});
		expect(blocked).toBe(false);
	});

	it('refuses a file that is not a backup, with the parser’s message, and writes nothing', async () => {
		const { session, counts } = setup();
		const reply = await session.preview(new File(['{"app":"anki"}'], 'export.json'));
		expect(reply).toEqual({
			type: 'refused',
			message: expect.stringMatching(/^This file is not a Factdeck backup/) as unknown
		});
		expect((await session.apply()).type).toBe('failed');
		expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
	});

	it('refuses a file over 50 MB by its size, without reading it', async () => {
		const { session } = setup();
		const text = vi.fn(() => Promise.resolve(''));
		const huge = { name: 'huge.json', size: MAX_BACKUP_BYTES + 1, text } as unknown as File;
		expect(await session.preview(huge)).toEqual({
			type: 'refused',
			message:
				'“huge.json” is larger than 50 MB, too large to be a Factdeck backup. Nothing was imported.'
		});
		expect(text).not.toHaveBeenCalled();
	});

	it('a full disk during the write: a "quota" failure, nothing written, the plan dropped', async () => {
		const { session, connections, counts } = setup();
		await session.preview(backupFile());
		// Decks and cards are written first; adding the reviews then fails, as a full disk does.
		const bulkAdd = vi
			.spyOn(tablePrototype(), 'bulkAdd')
			.mockRejectedValueOnce(
				new DOMException('The quota has been exceeded.', 'QuotaExceededError')
			);
		const reply = await session.apply();
		expect(bulkAdd).toHaveBeenCalledOnce();
		bulkAdd.mockRestore();
		expect(reply).toEqual({
			type: 'failed',
			error: {
				problem: 'quota',
				name: 'QuotaExceededError',
				message: 'The quota has been exceeded.'
			}
		});
		expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
		expect(connections.every((db) => !db.isOpen())).toBe(true);
		// To try again, the page previews again.
		expect(await session.apply()).toMatchObject({ type: 'failed', error: { problem: 'unknown' } });
	});

	it('another tab upgrading mid-import: the failure says Factdeck was updated', async () => {
		const { session, connections } = setup();
		await session.preview(backupFile());
		// The newer version's upgrade reaches this connection as the write starts: Dexie fires
		// versionchange, the session closes the connection, and the write fails as closed.
		const transaction = vi
			.spyOn(FactdeckDB.prototype, 'transaction')
			.mockImplementationOnce(function (this: FactdeckDB) {
				this.on('versionchange').fire(new Event('versionchange'));
				return Promise.reject(new Dexie.DatabaseClosedError('closed'));
			} as unknown as FactdeckDB['transaction']);
		const reply = await session.apply();
		transaction.mockRestore();
		expect(reply).toMatchObject({ type: 'failed', error: { problem: 'version' } });
		expect(connections.every((db) => !db.isOpen())).toBe(true);
	});
});
