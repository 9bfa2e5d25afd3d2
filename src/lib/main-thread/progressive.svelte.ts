import { flushSync } from 'svelte';
import { SLICE_BUDGET_MS, yieldToMain } from './slices.ts';

/**
 * A long list shown a few items per task, so that rendering it never blocks a tap: each task
 * renders items one by one until it has spent `budgetMs` (at least one item per task), so a fast
 * device shows the list in a few tasks and a slow one in more, shorter ones. The first items come
 * in a task of their own, not in the one that asked for them. A newer call takes over from an
 * older one; items already shown stay shown.
 */
export class Progressive {
	shown = $state(0);
	#run = 0;

	constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

	/** Resolves true once the whole list is shown, false when a newer call took over. */
	async reveal(total: number): Promise<boolean> {
		const run = ++this.#run;
		if (this.shown > total) this.shown = total;
		while (this.shown < total) {
			await yieldToMain();
			if (run !== this.#run) return false;
			const start = performance.now();
			do {
				this.shown++;
				flushSync();
			} while (this.shown < total && performance.now() - start < this.budgetMs);
		}
		return run === this.#run;
	}

	/** Everything at once (e.g. to scroll to an item). */
	showAll(total: number): void {
		this.#run++;
		this.shown = total;
	}
}
