/**
 * The page's side of setting the learner's parameters: in reschedule.worker.ts, which loads when
 * a fit or its Undo is applied. Storage failures reject with the page's own `StorageError`.
 */
import type { ScheduleFit } from '../records/settings.ts';
import { receivedError, type SentError } from './backup-import-protocol.ts';

export interface RescheduleRequest {
	fit: ScheduleFit | null;
	now: number;
}

export type RescheduleReply = { ok: true; changed: number } | { ok: false; error: SentError };

/** Sets the parameters and reschedules every card by them; resolves with the cards changed. */
export function setScheduleFitInWorker(fit: ScheduleFit | null, now = Date.now()): Promise<number> {
	const worker = new Worker(new URL('./reschedule.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<number>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<RescheduleReply>) =>
			data.ok ? resolve(data.changed) : reject(receivedError(data.error));
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'Rescheduling stopped unexpectedly.'));
		};
		worker.postMessage({ fit, now } satisfies RescheduleRequest);
	}).finally(() => worker.terminate());
}
