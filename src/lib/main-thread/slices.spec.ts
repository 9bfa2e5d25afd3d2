import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, type Sliced } from './slices';

function* countTo(n: number, log: number[]): Sliced<number> {
	let sum = 0;
	for (let i = 1; i <= n; i++) {
		sum += i;
		log.push(i);
		yield;
	}
	return sum;
}

describe('sliced work', () => {
	it('runs to the end synchronously with the same result', () => {
		const log: number[] = [];
		expect(runToEnd(countTo(100, log))).toBe(5050);
		expect(log).toHaveLength(100);
	});

	it('gives the main thread back between slices and still finishes with the same result', async () => {
		const log: number[] = [];
		let timerRan = false;
		setTimeout(() => (timerRan = true), 0);
		// A zero budget yields after every step, so the timer queued above runs in between.
		const result = await runInSlices(countTo(5, log), 0);
		expect(result).toBe(15);
		expect(log).toEqual([1, 2, 3, 4, 5]);
		expect(timerRan).toBe(true);
	});

	it('returns in a new task when the last slice used most of its budget', async () => {
		let timerRan = false;
		function* slowEnd(): Sliced<string> {
			yield;
			const until = performance.now() + 6;
			while (performance.now() < until) {
				// Busy, like a last step of real work.
			}
			setTimeout(() => (timerRan = true), 0);
			return 'done';
		}
		expect(await runInSlices(slowEnd(), 8)).toBe('done');
		expect(timerRan).toBe(true);
	});

	it('starts in a task of its own, not the caller’s', async () => {
		const log: number[] = [];
		const done = runInSlices(countTo(3, log), 60_000);
		expect(log).toEqual([]);
		expect(await done).toBe(6);
	});

	it('does not yield while a slice is within its budget', async () => {
		let timerRan = false;
		function* queuesTimerFirst(): Sliced<number> {
			setTimeout(() => (timerRan = true), 0);
			return yield* countTo(5, []);
		}
		await runInSlices(queuesTimerFirst(), 60_000);
		expect(timerRan).toBe(false);
	});
});
