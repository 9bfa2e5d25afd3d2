import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Eventually } from './eventually.svelte';

/** A promise settled by hand, to control when a result arrives. */
function later<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

describe('Eventually', () => {
	it('gives the value made for the current inputs, and drops one that arrives too late', async () => {
		let input = $state(1);
		const pending = new Map<number, ReturnType<typeof later<string>>>();
		let made!: Eventually<[number], string>;
		const stop = $effect.root(() => {
			made = new Eventually(
				() => [input],
				(n) => {
					const p = later<string>();
					pending.set(n, p);
					return p.promise;
				}
			);
		});
		flushSync();
		expect(made.value).toBeUndefined();

		input = 2; // the inputs change before the first result arrives
		flushSync();
		pending.get(1)!.resolve('one');
		await Promise.resolve();
		expect(made.value).toBeUndefined();

		pending.get(2)!.resolve('two');
		await Promise.resolve();
		expect(made.value).toBe('two');

		input = 3; // a result for other inputs is never shown for these
		flushSync();
		expect(made.value).toBeUndefined();
		stop();
	});

	it('makes nothing while there are no inputs', () => {
		let calls = 0;
		const stop = $effect.root(() => {
			new Eventually(
				() => undefined,
				() => Promise.resolve(calls++)
			);
		});
		flushSync();
		expect(calls).toBe(0);
		stop();
	});
});
