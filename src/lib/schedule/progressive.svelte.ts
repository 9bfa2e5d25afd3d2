import { yieldToMain } from './slices.ts';

/**
 * A long list shown a few items per task, so that rendering it never blocks a tap: `shown` grows
 * by `step` per task up to the list's length. A newer call takes over from an older one; items
 * already shown stay shown.
 */
export class Progressive {
	shown = $state(0);
	#run = 0;

	constructor(private readonly step: number) {}

	async reveal(total: number): Promise<void> {
		const run = ++this.#run;
		if (this.shown > total) this.shown = total;
		while (this.shown < total) {
			this.shown = Math.min(total, this.shown + this.step);
			await yieldToMain();
			if (run !== this.#run) return;
		}
	}

	/** Everything at once (e.g. to scroll to an item). */
	showAll(total: number): void {
		this.#run++;
		this.shown = total;
	}
}
