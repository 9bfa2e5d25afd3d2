/**
 * Whether this browser can scan students' result-code QR codes: the Barcode Detection API with
 * QR codes, and a camera API. Chrome has it on Android, ChromeOS and macOS, not on Windows or
 * Linux; Firefox and Safari not at all. Where it cannot, the page neither shows nor mentions it.
 */
interface DetectorClass {
	new (options: { formats: string[] }): unknown;
	getSupportedFormats?: () => Promise<string[]>;
}

export interface ScanScope {
	BarcodeDetector?: DetectorClass;
	navigator?: { mediaDevices?: { getUserMedia?: unknown } };
}

export async function canScanQrCodes(scope: ScanScope = globalThis): Promise<boolean> {
	const Detector = scope.BarcodeDetector;
	if (typeof Detector !== 'function') return false;
	if (typeof scope.navigator?.mediaDevices?.getUserMedia !== 'function') return false;
	try {
		// Some platforms have the API for other formats only.
		const formats = await Detector.getSupportedFormats?.();
		return formats === undefined || formats.includes('qr_code');
	} catch {
		return false;
	}
}
