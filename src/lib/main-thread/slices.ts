/**
 * Long work on the main thread, cut into slices so that input and paint can run between them
 * (a cheap phone's main thread must not be blocked for more than a few dozen milliseconds).
 * The work is written once as a generator that `yield`s at safe points; `runToEnd` runs it in
 * one go (tests, the CLI, workers), `runInSlices` gives the main thread back every `budgetMs`.
 */

/** A piece of work that yields at points where it may pause, and returns its result. */
export type Sliced<T> = Generator<void, T, void>;

/** Runs sliced work synchronously to the end. */
export function runToEnd<T>(work: Sliced<T>): T {
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
	}
}

/**
 * How long a slice runs before it gives the main thread back. A slice ends after the step that
 * crosses the line, so slices run a few milliseconds over it. Each device measures its own time,
 * so a slow phone cuts its slices as short; but Lighthouse's phone is this computer's trace with
 * every task made four times longer, and slices cut at 8 ms (8–17 ms here) crossed its 50 ms line
 * for a long task. At 4 ms the teach screen's total blocking time fell by about a third.
 */
export const SLICE_BUDGET_MS = 4;

/** Resolves on a later task, letting the browser handle input and paint first. */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs sliced work, giving the main thread back whenever a slice has taken `budgetMs`. The first
 * slice runs in a task of its own, not in the caller's (often busy rendering already). When the
 * last slice has used half its budget, the result comes in a new task: what the caller does with
 * it (usually rendering) then has a task of its own.
 */
export async function runInSlices<T>(work: Sliced<T>, budgetMs = SLICE_BUDGET_MS): Promise<T> {
	await yieldToMain();
	let sliceStart = performance.now();
	for (;;) {
		const step = work.next();
		if (step.done) {
			if (performance.now() - sliceStart >= budgetMs / 2) await yieldToMain();
			return step.value;
		}
		if (performance.now() - sliceStart >= budgetMs) {
			await yieldToMain();
			sliceStart = performance.now();
		}
	}
}
