/**
 * Storage fails in ways a student can do something about: private mode, a full disk, another tab
 * on a newer version. Every failure becomes a `StorageError` with a message that says what to do.
 */
import { isSchedulerError } from '../srs/scheduler-error.ts';

export type StorageProblem = 'unavailable' | 'quota' | 'version' | 'closed' | 'unknown';

const MESSAGES: Record<StorageProblem, string> = {
	unavailable:
		'This browser is not letting Factdeck save anything (private browsing or storage turned off). You can still read and take quizzes, but progress will not be kept.',
	quota:
		'Storage is full, so this was not saved. Everything saved before is safe. Export a backup from Settings, then free some space on the device (or delete old decks) and try again.',
	version: 'Factdeck was updated in another tab. Reload this tab to keep saving your progress.',
	closed: 'The database was closed by another tab. Reload this tab to keep saving your progress.',
	unknown: 'Saving failed. Everything saved before is safe; please try again.'
};

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		readonly cause?: unknown
	) {
		super(MESSAGES[problem]);
		this.name = 'StorageError';
	}
}

function names(error: unknown): string[] {
	// Dexie wraps the browser's error: AbortError.inner, or a DOMException as .inner/.cause.
	const out: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const e = current as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
		if (typeof e.name === 'string') out.push(e.name);
		if (typeof e.message === 'string' && /quota/i.test(e.message)) out.push('QuotaExceededError');
		current = e.inner ?? e.cause;
	}
	return out;
}

export function classifyStorageError(error: unknown): StorageProblem {
	if (error instanceof StorageError) return error.problem;
	// Most specific first: Dexie reports a missing API as DatabaseClosedError(inner MissingAPIError).
	const found = names(error);
	const has = (...candidates: string[]) => candidates.some((name) => found.includes(name));
	if (has('QuotaExceededError')) return 'quota';
	if (has('MissingAPIError', 'SecurityError', 'InvalidStateError')) return 'unavailable';
	if (has('VersionChangeError', 'VersionError')) return 'version';
	if (has('DatabaseClosedError')) return 'closed';
	if (has('OpenFailedError')) return 'unavailable';
	return 'unknown';
}

export function toStorageError(error: unknown): StorageError {
	return error instanceof StorageError
		? error
		: new StorageError(classifyStorageError(error), error);
}

/**
 * Runs a storage call and turns any failure into a `StorageError`, except the scheduler refusing
 * a card's state inside a transaction: that is a damaged card, for the caller to repair.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (isSchedulerError(error)) throw error;
		throw toStorageError(error);
	}
}
