/**
 * The byte layer under quiz links and result codes. Its inputs come from outside the app, so
 * besides round trips it must turn every bad input into a ShareError, and stop a decompression
 * bomb early: a 50 MB bomb is refused in milliseconds without the 50 MB ever being held.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BASE64URL_ALPHABET,
	compress,
	crc32,
	decompress,
	fromBase64Url,
	parseJson,
	ShareError,
	toBase64Url
} from './codec.ts';
import { measure, spaceBomb } from './share-fixtures.ts';
import { budget } from '../../../tests/support/fuzz.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Runs `run` and returns the ShareError it rejects with (failing the test if it does not). */
async function shareError(run: () => unknown): Promise<ShareError> {
	try {
		await run();
	} catch (error) {
		expect(error).toBeInstanceOf(ShareError);
		return error as ShareError;
	}
	throw new Error('expected a ShareError');
}

describe('base64url', () => {
	it('matches Node’s base64url for any bytes, and round-trips', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
				const text = toBase64Url(data);
				expect(text).toBe(Buffer.from(data).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(data);
			})
		);
	});

	it.each(['ab+c', 'ab/c', 'abc=', 'ab c', 'abé', 'ab\u0000', 'ab.c', '😀'])(
		'refuses %j as corrupt',
		(text) => {
			expect(() => fromBase64Url(text)).toThrow(ShareError);
			try {
				fromBase64Url(text);
			} catch (error) {
				expect((error as ShareError).reason).toBe('corrupt');
			}
		}
	);

	it('calls a length no encoder makes (4n + 1) incomplete', async () => {
		expect((await shareError(() => fromBase64Url('AAAAA'))).reason).toBe('truncated');
	});
});

describe('crc32', () => {
	it('gives the standard IEEE check values', () => {
		expect(crc32(new Uint8Array())).toBe(0);
		expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
		expect(crc32(bytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
	});
});

describe('compress and decompress', () => {
	it('round-trip any text as standard deflate-raw', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
				const packed = await compress(text);
				expect(inflateRawSync(packed).toString('utf8')).toBe(text);
				expect(await decompress(packed, 10_000)).toBe(text);
			}),
			{ numRuns: 50 }
		);
	});

	it('accept output of exactly the cap and refuse one byte more', async () => {
		const packed = await compress('x'.repeat(1000));
		expect(await decompress(packed, 1000)).toHaveLength(1000);
		expect((await shareError(() => decompress(packed, 999))).reason).toBe('too-large');
	});

	it('call cut-off data incomplete, wherever it is cut', async () => {
		const packed = await compress(JSON.stringify({ words: Array.from({ length: 500 }, String) }));
		expect((await shareError(() => decompress(new Uint8Array(), 100))).reason).toBe('truncated');
		for (const keep of [1, 10, packed.length >> 1, packed.length - 2, packed.length - 1])
			expect((await shareError(() => decompress(packed.subarray(0, keep), 1e6))).reason).toBe(
				'truncated'
			);
	});

	it('call data that is not deflate, or not UTF-8, damaged', async () => {
		const notDeflate = new Uint8Array(64).fill(0xff); // block type 3 does not exist
		expect((await shareError(() => decompress(notDeflate, 1e6))).reason).toBe('corrupt');
		const stored = bytes('ABCDEFGH'); // a stored block whose length check fails
		expect((await shareError(() => decompress(stored, 1e6))).reason).toBe('corrupt');
		const notUtf8 = deflateRawSync(new Uint8Array([0x6f, 0x6b, 0xff, 0xfe, 0xc3]));
		expect((await shareError(() => decompress(notUtf8, 1e6))).reason).toBe('corrupt');
	});

	it('stop a bomb at the cap without holding its output (the 50 MB case is in shared-quiz.spec)', async () => {
		const bomb = await spaceBomb(5 * 1024 * 1024);
		const {
			value: error,
			ms,
			bufferGrowth
		} = await measure(() => shareError(() => decompress(bomb, 64 * 1024)));
		expect(error.reason).toBe('too-large');
		expect(ms).toBeLessThan(budget(1000));
		expect(bufferGrowth).toBeLessThan(5 * 1024 * 1024);
	});

	it('never throw anything but a ShareError on random bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (data) => {
				const outcome = await decompress(data, 4096).catch((error: unknown) => error);
				if (typeof outcome !== 'string') expect(outcome).toBeInstanceOf(ShareError);
				else expect(new TextEncoder().encode(outcome).byteLength).toBeLessThanOrEqual(4096);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('parseJson', () => {
	it('parses plain JSON', () => {
		expect(parseJson('{"a":[1,"two",{"b":null}]}')).toEqual({ a: [1, 'two', { b: null }] });
	});

	it.each([
		'{"__proto__":{"polluted":true}}',
		'{"a":[{"constructor":{"prototype":{"polluted":true}}}]}',
		'{"deep":{"deeper":{"prototype":1}}}'
	])('refuses prototype keys anywhere: %s', (text) => {
		expect(() => parseJson(text)).toThrow(ShareError);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('allows those words as values', () => {
		expect(parseJson('["__proto__","constructor"]')).toEqual(['__proto__', 'constructor']);
	});

	it('calls broken or absurdly deep JSON damaged instead of throwing something else', () => {
		for (const text of [
			'',
			'{',
			'{"a":1,}',
			'undefined',
			`${'['.repeat(200_000)}${']'.repeat(200_000)}`
		])
			try {
				parseJson(text);
				expect(text.startsWith('[')).toBe(true);
			} catch (error) {
				expect(error).toBeInstanceOf(ShareError);
				expect((error as ShareError).reason).toBe('corrupt');
			}
	});
});

describe('BASE64URL_ALPHABET', () => {
	it('is the 64 URL-safe characters in digit order', () => {
		expect(BASE64URL_ALPHABET).toHaveLength(64);
		expect(toBase64Url(new Uint8Array([0b11111000]))).toBe(`${BASE64URL_ALPHABET[62]}A`);
	});
});
