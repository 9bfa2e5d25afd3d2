/**
 * Time limits for tests on this machine as it is now. A limit is set for a quiet machine; when
 * more tasks want to run than there are cores (the one-minute load average over the cores), every
 * wait stretches by that much. A slow algorithm still fails: its time grows with its input, and a
 * broken page never shows what a test waits for, however long the wait.
 */
import { availableParallelism, loadavg } from 'node:os';

/** How many runnable tasks share each core now: at least 1. */
export function loadFactor(): number {
	return Math.max(1, loadavg()[0] / Math.max(1, availableParallelism()));
}

/** `ms` stretched by the load on this machine now. */
export function budget(ms: number): number {
	return Math.round(ms * loadFactor());
}
