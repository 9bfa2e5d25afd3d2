/**
 * Svelte 5 adapter for Dexie's `liveQuery`: re-runs when the tables it read change (in this tab or
 * another), exposes loading and error states, and unsubscribes when its owner is torn down.
 * Construct it while a component (or an `$effect.root`) is initialising.
 */
import { liveQuery } from 'dexie';
import { toStorageError, type StorageError } from './errors.ts';

export class LiveQuery<T, D = void> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<StorageError | undefined>(undefined);
	#loading = $state(true);

	/**
	 * `deps` reads the reactive state the query depends on (a deck id, the current day): when it
	 * changes, the old subscription is dropped and a new one made.
	 */
	constructor(query: (deps: D) => Promise<T>, deps?: () => D) {
		$effect(() => {
			const current = deps?.() as D;
			const observable = liveQuery(() => query(current));
			this.#loading = true;
			const subscription = observable.subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loading = false;
				},
				error: (error: unknown) => {
					this.#error = toStorageError(error);
					this.#loading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	get value(): T | undefined {
		return this.#value;
	}
	get error(): StorageError | undefined {
		return this.#error;
	}
	get loading(): boolean {
		return this.#loading;
	}
}
