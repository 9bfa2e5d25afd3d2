/// <reference lib="webworker" />
/** The QR worker: encodes off the main thread, so drawing a dense code never blocks a tap. */
import { encodeQr } from './qr-encode.ts';

export interface QrRequest {
	id: number;
	text: string;
}

self.onmessage = (event: MessageEvent<QrRequest>) => {
	const { id, text } = event.data;
	self.postMessage({ id, result: encodeQr(text) });
};
