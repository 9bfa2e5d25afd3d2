import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulatedLearner } from '../../../scripts/bench/review-history.js';
import { DEFAULT_PARAMS, runFit, wasmOptimiser, type Optimiser } from './fit.ts';
import type { LoggedReview } from './history.ts';

const START = Date.UTC(2026, 0, 5, 8);
const log: LoggedReview[] = simulatedLearner({ reviews: 3000, cards: 600, start: START }).map(
	(r) => ({ cardKey: `c${r.card}`, rating: r.rating, reviewedAt: r.reviewedAt })
);
const NOW = log.at(-1)!.reviewedAt + 1;

/** fsrs-browser's WASM optimiser, as the worker runs it (single-threaded), loaded in Node. */
let optimise: Optimiser;

beforeAll(async () => {
	// Its thread-pool helper listens on `self` when loaded; Node has no `self`.
	const g = globalThis as { self?: unknown };
	g.self ??= { addEventListener: () => {} };
	const wasm = await import('fsrs-browser');
	wasm.initSync({
		module: readFileSync(
			new URL('../../../node_modules/fsrs-browser/fsrs_browser_bg.wasm', import.meta.url)
		)
	});
	optimise = wasmOptimiser(wasm);
});

describe('runFit with the real optimiser', () => {
	it('fits parameters that predict the learner’s own history better than the defaults', () => {
		const outcome = runFit(log, null, 0.9, NOW, optimise);
		expect(outcome.params).toHaveLength(21);
		expect(outcome.params).not.toEqual([...DEFAULT_PARAMS]);
		expect(outcome.reviews).toBeGreaterThan(1000);
		expect(outcome.after.logLoss).toBeLessThan(outcome.before.logLoss);
		expect(outcome.better).toBe(true);
		expect(outcome.after.perDay).toBeGreaterThan(0);
		expect(outcome.before.perDay).toBeGreaterThan(0);
	});

	it('finds nothing better when the parameters in use are already the fit', () => {
		const first = runFit(log, null, 0.9, NOW, optimise);
		const again = runFit(log, first.params, 0.9, NOW, optimise);
		expect(again.before.logLoss).toBeCloseTo(first.after.logLoss, 6);
		expect(again.after.logLoss).toBeGreaterThanOrEqual(again.before.logLoss - 1e-3);
	});

	it('refuses an optimiser answer that is not 21 finite numbers', () => {
		expect(() => runFit(log, null, 0.9, NOW, () => [1, 2, 3])).toThrow(/3 parameters, not 21/);
		expect(() =>
			runFit(log, null, 0.9, NOW, () => Array.from({ length: 21 }, () => Number.NaN))
		).toThrow(/parameters/);
	});
});
