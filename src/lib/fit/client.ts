/** Runs one fit in its own worker (created on first use, so no route loads the optimiser). */
import type { FitOutcome } from './fit.ts';
import type { FitReply, FitRequest } from './protocol.ts';

export function fitInWorker(request: FitRequest): Promise<{ outcome: FitOutcome; ms: number }> {
	const worker = new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<{ outcome: FitOutcome; ms: number }>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<FitReply>) =>
			data.ok ? resolve(data) : reject(new Error(data.message));
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'The optimiser could not start.'));
		};
		worker.postMessage(request);
	}).finally(() => worker.terminate());
}
