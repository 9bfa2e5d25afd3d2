/**
 * One fit, start to finish, apart from the optimiser itself (passed in: fsrs-browser's WASM in
 * the worker, the same in tests): the training set from the log, the fitted parameters, and the
 * before/after figures on the learner's own history.
 */
import { generatorParameters } from 'ts-fsrs';
import { cardHistories, trainingSet, type LoggedReview } from './history.ts';
import { evaluateParameters } from './metrics.ts';
import { reviewsPerDay } from './workload.ts';

export type Optimiser = (set: ReturnType<typeof trainingSet>) => ArrayLike<number>;

/** What fit.ts needs of fsrs-browser's module (loaded by the worker, or by a test in Node). */
export interface FsrsWasm {
	Fsrs: new () => {
		computeParameters(
			ratings: Uint32Array,
			days: Uint32Array,
			lengths: Uint32Array,
			progress: null,
			enableShortTerm: boolean
		): Float32Array;
	};
}

/**
 * fsrs-browser's optimiser, single-threaded (its thread pool needs cross-origin isolation, which
 * a static host cannot promise), short-term steps on as the scheduler has them. It logs every
 * epoch's loss; the learner's console stays quiet.
 */
export function wasmOptimiser(wasm: FsrsWasm): Optimiser {
	return (set) => {
		const saved = { log: console.log, info: console.info, debug: console.debug };
		console.log = console.info = console.debug = () => {};
		try {
			// computeParameters takes the Fsrs object over: it is freed with the call.
			return new wasm.Fsrs().computeParameters(set.ratings, set.days, set.lengths, null, true);
		} finally {
			Object.assign(console, saved);
		}
	};
}

export interface FitFigures {
	logLoss: number;
	rmse: number;
	/** Reviews a day at the learner's desired retention, from the cards already studied. */
	perDay: number;
}

export interface FitOutcome {
	params: number[];
	before: FitFigures;
	after: FitFigures;
	/** Reviews scored in the figures. */
	reviews: number;
	/** Whether the fitted parameters predict this history better than those in use. */
	better: boolean;
}

export const DEFAULT_PARAMS: readonly number[] = generatorParameters().w;

export function runFit(
	log: readonly LoggedReview[],
	current: readonly number[] | null,
	retention: number,
	now: number,
	optimise: Optimiser
): FitOutcome {
	const histories = cardHistories(log, now);
	const fitted = Array.from(optimise(trainingSet(histories)), (x) => Math.round(x * 1e4) / 1e4);
	if (fitted.length !== DEFAULT_PARAMS.length || !fitted.every(Number.isFinite))
		throw new Error(
			`The optimiser gave ${fitted.length} parameters, not ${DEFAULT_PARAMS.length}.`
		);
	const inUse = current ?? DEFAULT_PARAMS;
	const figures = (params: readonly number[]): [FitFigures, number] => {
		const { logLoss, rmse, stabilities, count } = evaluateParameters(histories, params);
		return [{ logLoss, rmse, perDay: reviewsPerDay(stabilities, retention, params) }, count];
	};
	const [before, reviews] = figures(inUse);
	const [after] = figures(fitted);
	return { params: fitted, before, after, reviews, better: after.logLoss < before.logLoss };
}
