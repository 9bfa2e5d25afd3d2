/**
 * Runs the generator in its Web Worker (worker.ts, bundled by Vite) and reports progress. Only
 * types come from the generator here, so the page that calls this does not load the NLP library
 * until it starts the worker.
 */
import { GenerateError } from './generate-error.ts';
import type { GenerateResult } from './generate.ts';
import type { GenerateMessage, GenerateRequest } from './worker.ts';

export type { GenerateRequest } from './worker.ts';

let spare: Worker | undefined;

function startWorker(): Worker {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the generator's worker ahead of time: it loads the NLP library and warms it up, so the
 * next `runGenerator` starts at once. Call it when the page that generates opens; idempotent.
 */
export function prepareGenerator(): void {
	spare ??= startWorker();
}

/**
 * Resolves with the generated deck; rejects with a `GenerateError` when the text cannot make one
 * (empty, too long, no facts), with an `Error` if the worker fails, and with an `AbortError`
 * `DOMException` when `signal` aborts. The worker is terminated in every case.
 */
export function runGenerator(
	input: GenerateRequest,
	onProgress?: (done: number, total: number) => void,
	signal?: AbortSignal
): Promise<GenerateResult> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(new DOMException('The generator was stopped.', 'AbortError'));
			return;
		}
		const worker = spare ?? startWorker();
		spare = undefined;
		const stop = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			stop();
			reject(new DOMException('The generator was stopped.', 'AbortError'));
		};
		signal?.addEventListener('abort', abort);
		worker.onmessage = (event: MessageEvent<GenerateMessage>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress?.(message.done, message.total);
				return;
			}
			stop();
			if (message.type === 'done') resolve(message.result);
			else
				reject(
					message.reason
						? new GenerateError(message.reason, message.message)
						: new Error(message.message)
				);
		};
		worker.onerror = (event: ErrorEvent) => {
			stop();
			reject(new Error(event.message || 'The question generator stopped unexpectedly.'));
		};
		worker.onmessageerror = () => {
			stop();
			reject(new Error('The question generator sent a message that could not be read.'));
		};
		const request: GenerateRequest = {
			text: input.text,
			...(input.title !== undefined ? { title: input.title } : {}),
			...(input.seed !== undefined ? { seed: input.seed } : {})
		};
		worker.postMessage(request);
	});
}
