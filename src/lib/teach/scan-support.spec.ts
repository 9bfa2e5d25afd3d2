import { describe, expect, it } from 'vitest';
import { canScanQrCodes, type ScanScope } from './scan-support.ts';

const camera = { mediaDevices: { getUserMedia: () => Promise.resolve({}) } };
function detector(formats: string[] | Error) {
	return Object.assign(class BarcodeDetector {}, {
		getSupportedFormats: () =>
			formats instanceof Error ? Promise.reject(formats) : Promise.resolve(formats)
	});
}

describe('scanning result codes', () => {
	// Issue 20: the page said "or scan their QR codes" in a browser with no way to scan.
	it('is offered only with a barcode detector that reads QR codes, and a camera API', async () => {
		expect(await canScanQrCodes({})).toBe(false);
		expect(await canScanQrCodes({ navigator: camera })).toBe(false);
		expect(await canScanQrCodes({ BarcodeDetector: detector(['qr_code']) })).toBe(false);
		expect(
			await canScanQrCodes({ BarcodeDetector: detector(['qr_code', 'ean_13']), navigator: camera })
		).toBe(true);
		expect(await canScanQrCodes({ BarcodeDetector: detector(['ean_13']), navigator: camera })).toBe(
			false
		);
		expect(
			await canScanQrCodes({ BarcodeDetector: detector(new Error('no')), navigator: camera })
		).toBe(false);
		expect(await canScanQrCodes({ BarcodeDetector: {} as ScanScope['BarcodeDetector'] })).toBe(
			false
		);
	});

	it('answers no in Node, which has neither', async () => {
		expect(await canScanQrCodes()).toBe(false);
	});
});
