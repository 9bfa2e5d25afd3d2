/**
 * QR codes for links and result codes. Encoding runs in a Web Worker (qr.worker.ts) started on
 * the first code a page draws, so a dense code never blocks the page; the encoder (uqr) is loaded
 * only there. Without workers (or if the worker fails) the page encodes itself.
 */
import type { QrResult } from './qr-encode.ts';
import type { QrRequest } from './qr.worker.ts';

export type { QrResult } from './qr-encode.ts';

/** Above this version a code gets dense enough to fail from the back of a classroom. */
export const QR_WARN_VERSION = 20;

interface Waiting {
	text: string;
	resolve: (result: QrResult) => void;
}

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, Waiting>();

async function encodeHere(text: string): Promise<QrResult> {
	const { encodeQr } = await import('./qr-encode.ts');
	return encodeQr(text);
}

function qrWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<{ id: number; result: QrResult }>) => {
		pending.get(event.data.id)?.resolve(event.data.result);
		pending.delete(event.data.id);
	};
	worker.onerror = () => {
		worker?.terminate();
		worker = undefined;
		workerFailed = true;
		const waiting = [...pending.values()];
		pending.clear();
		for (const { text, resolve } of waiting) void encodeHere(text).then(resolve);
	};
	return worker;
}

export function makeQr(text: string): Promise<QrResult> {
	if (typeof Worker === 'undefined' || workerFailed) return encodeHere(text);
	return new Promise((resolve) => {
		const id = nextId++;
		pending.set(id, { text, resolve });
		qrWorker().postMessage({ id, text } satisfies QrRequest);
	});
}
