/** The messages between Settings and the optimiser's worker (fit.worker.ts). */
import type { FitOutcome } from './fit.ts';
import type { LoggedReview } from './history.ts';

export interface FitRequest {
	log: LoggedReview[];
	current: number[] | null;
	retention: number;
	now: number;
}

export type FitReply =
	{ ok: true; outcome: FitOutcome; ms: number } | { ok: false; message: string };
