/**
 * The Settings screen's import, with its worker replaced by the same session run in-process and
 * every reply passed through a structured clone, as a worker's messages are (issue 24: the import
 * moved off the page). The screen shows what it showed when it imported itself: the preview, the
 * result, the parser's refusals and storage's messages; and a reply for an import the student has
 * dropped changes nothing.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '$lib/backup/backup';
import { emptyTables } from '$lib/backup/backup-format';
import { T0, cardRow, deckRow, reviewRow, studied } from '$lib/backup/backup-fixtures';
import {
	outcomeOf,
	type ApplyReply,
	type ImportChannel,
	type PreviewOutcome
} from '$lib/db/backup-import-protocol';
import { BackupImportSession } from '$lib/db/backup-import-session';
import { FactdeckDB } from '$lib/db/database';
import { storageStatus } from '$lib/db/status.svelte';
import { BackupImport } from './backup-import.svelte';

let counter = 0;

/** An import run in-process on a database of its own; `closed` counts the screen's closes. */
function inProcess() {
	const indexedDB = new IDBFactory();
	const name = `screen-import-${++counter}`;
	const session = new BackupImportSession(() => new FactdeckDB(name, { indexedDB, IDBKeyRange }));
	const channel = {
		closed: 0,
		preview: async (file: File) => outcomeOf(structuredClone(await session.preview(file))),
		apply: async () => outcomeOf(structuredClone(await session.apply())),
		close() {
			channel.closed += 1;
		}
	};
	return channel;
}

function backupFile(): File {
	const card = cardRow('my-notes', 'capital.cloze.city', studied(T0 + 1000));
	const tables = {
		...emptyTables(),
		decks: [deckRow('my-notes', 'user')],
		cards: [card],
		reviews: [reviewRow(card, T0 + 1000)]
	};
	const text = serializeBackup(createBackup(tables, { appVersion: '0.1.0', now: T0 + 5000 }));
	return new File([text], 'factdeck-backup-2026-01-15.json');
}

/** A reply that arrives only when the test says so. */
function later<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

afterEach(() => {
	storageStatus.problem = undefined;
	storageStatus.message = undefined;
});

describe('BackupImport through its worker', () => {
	it('shows the preview, then the result, and stops the worker once done', async () => {
		const channel = inProcess();
		const flow = new BackupImport(() => Promise.resolve(channel));
		await flow.choose(backupFile());
		expect(flow.status).toBe('preview');
		expect(flow.preview?.fileName).toBe('factdeck-backup-2026-01-15.json');
		expect(flow.preview?.about).toMatch(/: 1 deck, 1 card, 1 review, 0 quiz results\.$/);
		expect(flow.preview?.lines[0]).toEqual({ table: 'decks', label: 'Decks', text: '1 to add' });
		expect(channel.closed).toBe(0);

		expect(await flow.confirm()).toBe(true);
		expect(flow.status).toBe('done');
		expect(flow.result).toBe('Added 1 deck, 1 card and 1 review.');
		expect(flow.preview).toBeUndefined();
		expect(channel.closed).toBe(1);
	});

	it('shows the parser’s refusal, and stops the worker', async () => {
		const channel = inProcess();
		const flow = new BackupImport(() => Promise.resolve(channel));
		await flow.choose(new File(['not json'], 'notes.json'));
		expect(flow.status).toBe('idle');
		expect(flow.error).toMatch(
			/^This file is not a Factdeck backup\. .*\(It is not valid JSON\.\)$/
		);
		expect(channel.closed).toBe(1);
	});

	it('a full disk in the worker reads as it did on the page, banner included', async () => {
		const full: ApplyReply = {
			type: 'failed',
			error: { problem: 'quota', name: 'QuotaExceededError', message: 'full' }
		};
		const channel = { ...inProcess(), apply: () => Promise.resolve(full).then(outcomeOf) };
		const flow = new BackupImport(() => Promise.resolve(channel));
		await flow.choose(backupFile());
		expect(await flow.confirm()).toBe(false);
		expect(flow.status).toBe('idle');
		expect(flow.error).toBe(
			'Storage is full, so this was not saved. Everything saved before is safe. Export a backup from Settings, then free some space on the device (or delete old decks) and try again. Nothing was imported.'
		);
		expect(storageStatus.problem).toBe('quota');
	});

	it('a worker that cannot start or dies says so, as any storage failure would', async () => {
		const flow = new BackupImport(() =>
			Promise.resolve({
				preview: () => Promise.reject(new Error('The backup import stopped unexpectedly.')),
				apply: () => Promise.reject(new Error('unused')),
				close: () => undefined
			})
		);
		await flow.choose(backupFile());
		expect(flow.error).toBe('Saving failed. Everything saved before is safe; please try again.');
	});

	it('Cancel while the file is read: its late preview shows nothing', async () => {
		const reply = later<PreviewOutcome>();
		const asked = later<void>();
		const close = vi.fn();
		const channel: ImportChannel = {
			preview: () => {
				asked.resolve();
				return reply.promise;
			},
			apply: () => Promise.reject(new Error('unused')),
			close
		};
		const flow = new BackupImport(() => Promise.resolve(channel));
		const choosing = flow.choose(backupFile());
		expect(flow.status).toBe('reading');
		await asked.promise;
		flow.cancel();
		expect(close).toHaveBeenCalledOnce();
		reply.resolve({
			type: 'preview',
			preview: { about: 'late', summary: '', lines: [], settings: [], changesNothing: true }
		});
		await choosing;
		expect(flow.status).toBe('idle');
		expect(flow.preview).toBeUndefined();
	});

	it('Cancel before the worker has started: it is stopped as soon as it starts', async () => {
		const started = later<ImportChannel>();
		const channel = { preview: vi.fn(), apply: vi.fn(), close: vi.fn() };
		const flow = new BackupImport(() => started.promise);
		const choosing = flow.choose(backupFile());
		flow.cancel();
		started.resolve(channel);
		await choosing;
		expect(channel.close).toHaveBeenCalledOnce();
		expect(channel.preview).not.toHaveBeenCalled();
		expect(flow.status).toBe('idle');
	});

	it('leaving the screen drops an import not confirmed, and lets one being written finish', async () => {
		const previewed = inProcess();
		const flow = new BackupImport(() => Promise.resolve(previewed));
		await flow.choose(backupFile());
		flow.dispose();
		expect(previewed.closed).toBe(1);

		const writing = inProcess();
		const written = later<string>();
		const other = new BackupImport(() =>
			Promise.resolve({ ...writing, apply: () => written.promise })
		);
		await other.choose(backupFile());
		const confirming = other.confirm();
		other.dispose();
		expect(writing.closed).toBe(0);
		written.resolve('Added 1 deck.');
		expect(await confirming).toBe(true);
	});
});
