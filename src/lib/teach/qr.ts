/**
 * QR codes for links and result codes (uqr, ~10 KB, loaded only where a code is drawn). The code
 * is returned as one SVG path, rendered as an element: never as HTML.
 */

/** Above this version a code gets dense enough to fail from the back of a classroom. */
export const QR_WARN_VERSION = 20;

export type QrResult =
	{ ok: true; version: number; size: number; path: string } | { ok: false; reason: 'too-long' };

export async function makeQr(text: string): Promise<QrResult> {
	const { encode } = await import('uqr');
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
