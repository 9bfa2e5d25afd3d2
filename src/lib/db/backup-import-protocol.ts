/**
 * What the page and the backup import's worker (backup-import.worker.ts) say to each other. The
 * page posts the chosen File (cloned by reference: nothing is read on the page) and gets back only
 * short texts; the parsed backup and its plan stay in the worker until the student confirms.
 * Loaded by the page: it imports no backup code and no Dexie.
 */
import type { PlanLine } from '../backup/describe-plan.ts';
import { StorageError, toStorageError, type StorageProblem } from './storage-error.ts';

export type ImportRequest = { type: 'preview'; file: File } | { type: 'apply' };

/** The preview's texts (the page adds the file's name). */
export interface PreviewText {
	about: string;
	/** What importing adds and changes, in one sentence. */
	summary: string;
	lines: PlanLine[];
	settings: string[];
	changesNothing: boolean;
}

/** A storage failure as it crosses to the page: classified in the worker, which saw the error. */
export interface SentError {
	problem: StorageProblem;
	/** The error the worker caught (Dexie's or the browser's), for the console and for tests. */
	name: string;
	message: string;
}

export type FailedReply = { type: 'failed'; error: SentError };
export type PreviewReply =
	| { type: 'preview'; preview: PreviewText }
	/** The file is not one to import (too large, not a backup, damaged): the message says why. */
	| { type: 'refused'; message: string }
	| FailedReply;
export type ApplyReply = { type: 'done'; result: string } | FailedReply;
export type ImportReply = PreviewReply | ApplyReply;

/** What the page learns from a preview: the texts, or why the file is refused. */
export type PreviewOutcome = Exclude<PreviewReply, FailedReply>;

/**
 * One import, preview then write, wherever it runs (the worker; in unit tests, in-process).
 * Storage failures reject with the `StorageError` the worker's failure stands for.
 */
export interface ImportChannel {
	preview(file: File): Promise<PreviewOutcome>;
	/** Writes the previewed import; resolves with the sentence saying what it did. */
	apply(): Promise<string>;
	/** Forgets the import (and stops the worker): replies still to come are dropped. */
	close(): void;
}

/** A reply as the page uses it: a failure is thrown as the page's own `StorageError`. */
export function outcomeOf(reply: PreviewReply): PreviewOutcome;
export function outcomeOf(reply: ApplyReply): string;
export function outcomeOf(reply: ImportReply): PreviewOutcome | string {
	if (reply.type === 'failed') throw receivedError(reply.error);
	return reply.type === 'done' ? reply.result : reply;
}

/** The innermost error Dexie wrapped (the browser's own), for its name and message. */
function innermost(error: object): { name?: unknown; message?: unknown } {
	let current = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
	for (let depth = 0; depth < 5; depth++) {
		const deeper = current.inner ?? current.cause;
		if (typeof deeper !== 'object' || deeper === null) break;
		current = deeper;
	}
	return current;
}

/** Any failure, as the worker posts it: plain data that a structured clone keeps whole. */
export function sendableError(error: unknown): SentError {
	const storageError = toStorageError(error);
	const inner = innermost(storageError);
	return {
		problem: storageError.problem,
		name: typeof inner.name === 'string' ? inner.name : 'Error',
		message: typeof inner.message === 'string' ? inner.message : storageError.message
	};
}

/**
 * The page's copy of a failure the worker sent: a `StorageError` of the same problem (so the
 * student reads what a failure on the page itself would say), caused by an error of the name and
 * message the worker saw.
 */
export function receivedError(sent: SentError): StorageError {
	const cause = new Error(sent.message);
	cause.name = sent.name;
	return new StorageError(sent.problem, cause);
}
