import { describe, expect, it } from 'vitest';
import { encodeQr } from './qr-encode';
import { makeQr } from './qr';

describe('QR codes', () => {
	it('encode a readable quiz link in a small code of dark modules only', () => {
		const link =
			'https://factdeck.example/quiz/ukraine-security-guarantees?seed=123456789&n=10&title=Year+9+quiz';
		const qr = encodeQr(link);
		if (!qr.ok) throw new Error('expected a code');
		expect(qr.version).toBeLessThanOrEqual(8);
		// Every module is a 1×1 square inside the code (with its 4-module border).
		const squares = qr.path.match(/M(\d+) (\d+)h1v1h-1z/g) ?? [];
		expect(squares.length).toBeGreaterThan(100);
		expect(squares.join('')).toBe(qr.path);
		for (const square of squares) {
			const [, x, y] = /M(\d+) (\d+)/.exec(square)!.map(Number);
			expect(x).toBeLessThan(qr.size);
			expect(y).toBeLessThan(qr.size);
		}
	});

	it('refuse a text too long for any QR version instead of throwing', () => {
		expect(encodeQr('x'.repeat(5_000))).toEqual({ ok: false, reason: 'too-long' });
	});

	it('are made on the page itself where there are no workers, with the same result', async () => {
		expect(typeof Worker).toBe('undefined');
		expect(await makeQr('FD1-TEST')).toEqual(encodeQr('FD1-TEST'));
	});
});
