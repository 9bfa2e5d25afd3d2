/**
 * Draws a QR code for a text with uqr (~10 KB): one SVG path, rendered by the page as an element,
 * never as HTML. Runs in the QR worker (qr.worker.ts); qr.ts calls it directly where workers
 * are unavailable.
 */
import { encode } from 'uqr';

export type QrResult =
	{ ok: true; version: number; size: number; path: string } | { ok: false; reason: 'too-long' };

export function encodeQr(text: string): QrResult {
	try {
		const qr = encode(text, { ecc: 'M', border: 4 });
		let path = '';
		qr.data.forEach((row, y) =>
			row.forEach((dark, x) => {
				if (dark) path += `M${x} ${y}h1v1h-1z`;
			})
		);
		return { ok: true, version: qr.version, size: qr.size, path };
	} catch {
		return { ok: false, reason: 'too-long' };
	}
}
