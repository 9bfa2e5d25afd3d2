/** Runs one fit in its own worker (created on first use, so no route loads the optimiser). */
import { askWorker } from '../main-thread/ask-worker.ts';
import type { FitOutcome } from './fit.ts';
import type { FitReply, FitRequest } from './protocol.ts';

export async function fitInWorker(
	request: FitRequest
): Promise<{ outcome: FitOutcome; ms: number }> {
	const reply = await askWorker<FitReply>(
		new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' }),
		request,
		'The optimiser could not start.'
	);
	if (!reply.ok) throw new Error(reply.message);
	return reply;
}
