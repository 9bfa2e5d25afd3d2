// liveQuery only runs where the global indexedDB exists (Dexie's domDeps).
import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LiveQuery } from './live.svelte.ts';
import { freshDb } from './test-db.ts';

/** Waits until `check` passes, flushing Svelte effects between tries. */
async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 5));
		flushSync();
	}
}

describe('LiveQuery', () => {
	it('starts loading, delivers the value, follows writes, and stops after teardown', async () => {
		const db = freshDb();
		let runs = 0;
		let live!: LiveQuery<number>;
		const teardown = $effect.root(() => {
			live = new LiveQuery(() => {
				runs += 1;
				return db.settings.count();
			});
		});
		expect(live.loading).toBe(true);
		flushSync();
		await until(() => !live.loading);
		expect(live.value).toBe(0);

		await db.settings.put({ key: 'theme', value: 'dark' });
		await until(() => live.value === 1);

		teardown();
		const runsAtTeardown = runs;
		// A second subscriber sees the next write; a leaked first one would have re-run by then.
		let witness!: LiveQuery<number>;
		const stopWitness = $effect.root(() => {
			witness = new LiveQuery(() => db.settings.count());
		});
		flushSync();
		await until(() => witness.value === 1);
		await db.settings.put({ key: 'retention', value: 0.8 });
		await until(() => witness.value === 2);
		expect(runs).toBe(runsAtTeardown);
		expect(live.value).toBe(1);
		stopWitness();
	});

	it('reports a failing query as a storage error instead of throwing', async () => {
		let live!: LiveQuery<number>;
		const teardown = $effect.root(() => {
			live = new LiveQuery(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')));
		});
		flushSync();
		await until(() => !live.loading);
		expect(live.error?.problem).toBe('quota');
		teardown();
	});

	it('renews the subscription when its dependency changes', async () => {
		const db = freshDb();
		await db.settings.bulkPut([
			{ key: 'a', value: 1 },
			{ key: 'b', value: 2 }
		]);
		let key = $state('a');
		let live!: LiveQuery<unknown, string>;
		const teardown = $effect.root(() => {
			live = new LiveQuery(
				async (k) => (await db.settings.get(k))?.value,
				() => key
			);
		});
		flushSync();
		await until(() => live.value === 1);
		key = 'b';
		flushSync();
		await until(() => live.value === 2);
		expect(live.error).toBeUndefined();
		teardown();
	});
});
