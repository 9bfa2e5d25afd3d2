/**
 * A backup's import fails in its worker, but the page says what went wrong (issue 24): a full disk
 * during an import must still read "Storage is full…", as it did when the page imported itself.
 * The worker classifies what it caught and posts plain data; the page rebuilds the same
 * `StorageError`.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { outcomeOf, receivedError, sendableError } from './backup-import-protocol.ts';
import { StorageError, toStorageError } from './storage-error.ts';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage failures sent from the import worker', () => {
	it('a full disk, wrapped by Dexie, arrives as the same "storage full" error', () => {
		const caught = new Dexie.AbortError('Transaction aborted', quota());
		const sent = sendableError(caught);
		expect(sent).toEqual({
			problem: 'quota',
			name: 'QuotaExceededError',
			message: 'The quota has been exceeded.'
		});
		const received = receivedError(structuredClone(sent));
		expect(received).toBeInstanceOf(StorageError);
		expect(received.problem).toBe('quota');
		expect(received.message).toBe(toStorageError(caught).message);
		expect(received.message).toMatch(/^Storage is full/);
		expect(received.cause).toMatchObject({
			name: 'QuotaExceededError',
			message: 'The quota has been exceeded.'
		});
	});

	it.each([
		['an error already classified (guarded)', new StorageError('quota', quota()), 'quota'],
		['another tab on a newer version', new Dexie.VersionError('newer'), 'version'],
		['a connection closed', new Dexie.DatabaseClosedError('closed'), 'closed'],
		['no IndexedDB', new Dexie.MissingAPIError('none'), 'unavailable'],
		['a file that cannot be read', new DOMException('gone', 'NotReadableError'), 'unknown'],
		['a bug', new TypeError('x is undefined'), 'unknown'],
		['a thrown string', 'oops', 'unknown']
	] as const)('%s: the page shows what it would for the error itself', (_, caught, problem) => {
		const received = receivedError(structuredClone(sendableError(caught)));
		expect(received.problem).toBe(problem);
		expect(received.message).toBe(toStorageError(caught).message);
	});

	it('keeps the innermost error’s name, or the storage error’s when there is none', () => {
		expect(sendableError(new StorageError('version'))).toEqual({
			problem: 'version',
			name: 'StorageError',
			message: new StorageError('version').message
		});
		expect(sendableError(new TypeError('x is undefined'))).toMatchObject({
			name: 'TypeError',
			message: 'x is undefined'
		});
	});

	it('a failed reply is thrown as that error; the others are the outcome', () => {
		const failed = { type: 'failed', error: sendableError(quota()) } as const;
		expect(() => outcomeOf(failed)).toThrow(StorageError);
		expect(() => outcomeOf(failed)).toThrow(/^Storage is full/);
		expect(outcomeOf({ type: 'done', result: 'Added 1 deck.' })).toBe('Added 1 deck.');
		const refused = { type: 'refused', message: 'Not a backup.' } as const;
		expect(outcomeOf(refused)).toEqual(refused);
	});
});
