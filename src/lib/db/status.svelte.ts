/** The storage problem the app shell shows as a banner, if any. One instance per app. */
import { toStorageError, type StorageProblem } from './storage-error.ts';

class StorageStatus {
	problem = $state<StorageProblem | undefined>(undefined);
	message = $state<string | undefined>(undefined);

	/** Reports a failed storage call; returns the error so callers can rethrow or show it. */
	report(error: unknown) {
		const storageError = toStorageError(error);
		// An older-version or closed database needs a reload; keep that message over later ones.
		if (this.problem === 'version' || this.problem === 'closed') return storageError;
		this.problem = storageError.problem;
		this.message = storageError.message;
		return storageError;
	}

	clear() {
		if (this.problem === 'quota' || this.problem === 'unknown') {
			this.problem = undefined;
			this.message = undefined;
		}
	}
}

export const storageStatus = new StorageStatus();
