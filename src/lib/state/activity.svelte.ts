/** What the student is in the middle of, so nothing (an app update) interrupts it. */
import { SvelteSet } from 'svelte/reactivity';

class Activity {
	#holds = new SvelteSet<string>();

	/** Marks an activity as under way; the returned function ends it. */
	hold(name: string): () => void {
		this.#holds.add(name);
		return () => this.#holds.delete(name);
	}

	get busy(): boolean {
		return this.#holds.size > 0;
	}
}

export const activity = new Activity();
