/**
 * The page's side of setting the learner's parameters: in reschedule.worker.ts, which loads when
 * a fit or its Undo is applied. Storage failures reject with the page's own `StorageError`.
 */
import { askWorker } from '../main-thread/ask-worker.ts';
import type { ScheduleFit } from '../records/settings.ts';
import { receivedError, type SentError } from './backup-import-protocol.ts';

export interface RescheduleRequest {
	fit: ScheduleFit | null;
	now: number;
}

export type RescheduleReply = { ok: true; changed: number } | { ok: false; error: SentError };

/** Sets the parameters and reschedules every card by them; resolves with the cards changed. */
export async function setScheduleFitInWorker(
	fit: ScheduleFit | null,
	now = Date.now()
): Promise<number> {
	const reply = await askWorker<RescheduleReply>(
		new Worker(new URL('./reschedule.worker.ts', import.meta.url), { type: 'module' }),
		{ fit, now } satisfies RescheduleRequest,
		'Rescheduling stopped unexpectedly.'
	);
	if (!reply.ok) throw receivedError(reply.error);
	return reply.changed;
}
