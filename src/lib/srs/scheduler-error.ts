/**
 * (No import of ts-fsrs here: the storage layer checks errors with this on every page.)
 *
 * Whether an error is ts-fsrs refusing its input (`FSRSValidationError`, `FSRSError`), possibly
 * wrapped by a storage transaction: a damaged card, not a failure to save.
 */
export function isSchedulerError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
		if (typeof e.name === 'string' && e.name.startsWith('FSRS')) return true;
		current = e.inner ?? e.cause;
	}
	return false;
}
