/**
 * The generator in a module Web Worker, so a long article never freezes the page. It warms the
 * generator up as it starts (see `prepareGenerator` in client.ts). Protocol:
 * post `{ text, title, seed }`; it answers `{ type: 'progress', done, total }` as it goes, then
 * `{ type: 'done', result }` or `{ type: 'error', message, reason }`.
 */
import { GenerateError, type GenerateFailure } from './generate-error.ts';
import { generateDeck, warmUp, type GenerateResult } from './generate.ts';

export interface GenerateRequest {
	text: string;
	title?: string;
	seed?: number;
}

export type GenerateMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: GenerateResult }
	| { type: 'error'; message: string; reason?: GenerateFailure };

/** One request, start to finish: every message it sends goes through `post`. */
export function handleRequest(request: GenerateRequest, post: (message: GenerateMessage) => void) {
	try {
		const result = generateDeck(String(request.text ?? ''), {
			...(request.title ? { title: request.title } : {}),
			...(request.seed !== undefined ? { seed: request.seed } : {}),
			onProgress: (done, total) => post({ type: 'progress', done, total })
		});
		post({ type: 'done', result });
	} catch (error) {
		if (error instanceof GenerateError)
			post({ type: 'error', message: error.message, reason: error.reason });
		else
			post({
				type: 'error',
				message: `The question generator failed: ${error instanceof Error ? error.message : String(error)}`
			});
	}
}

interface WorkerScope {
	onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null;
	postMessage(message: GenerateMessage): void;
}

// In a worker (not when a test imports this file in Node).
if (
	typeof self !== 'undefined' &&
	typeof (self as { importScripts?: unknown }).importScripts === 'function'
) {
	const scope = self as unknown as WorkerScope;
	scope.onmessage = (event) => handleRequest(event.data, (message) => scope.postMessage(message));
	// While the page waits for text: the first article is then about three times faster.
	warmUp();
}
