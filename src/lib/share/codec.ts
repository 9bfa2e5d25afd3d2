/**
 * Bytes ↔ text for everything that travels outside the app (quiz links, result codes):
 * deflate-raw through the platform's CompressionStream, base64url, CRC-32, and a JSON parse that
 * refuses prototype keys. Decompression is fed in small pieces and stops at a byte cap, so a
 * decompression bomb costs a few kilobytes and a few milliseconds, never its full size.
 */

export type ShareProblem =
	'truncated' | 'corrupt' | 'too-large' | 'version' | 'invalid' | 'checksum';

/** Why a link or code cannot be read, with a message for the person holding it. */
export class ShareError extends Error {
	constructor(
		readonly reason: ShareProblem,
		message: string
	) {
		super(message);
		this.name = 'ShareError';
	}
}

/**
 * Why a text with another format number than `current` cannot be read: a newer format
 * ('version': update the app) only when the number is written as one is (1, 2, 12: no leading
 * zero) and is above `current`. `0`, `01` or a number below `current` never existed: 'corrupt'.
 */
export function versionProblem(digits: string, current: number): 'version' | 'corrupt' {
	return /^[1-9]\d*$/.test(digits) && Number(digits) > current ? 'version' : 'corrupt';
}

// Generic wording: the link and result-code modules replace these with their own.
const INCOMPLETE = 'This text is incomplete — it may have been cut off when it was copied.';
const DAMAGED = 'This text is damaged and cannot be read. Copy it again.';
const TOO_LARGE = 'This text holds more than Factdeck accepts, so it was not opened.';

/**
 * Input is written to the decompressor in pieces this small: deflate expands at most ~1,032×, so
 * one piece yields at most ~0.5 MB however hostile it is. (Chromium inflates a whole written chunk
 * before the reader can stop it: one 50 KB bomb chunk took 175 ms there, 1 KB pieces 4 ms.)
 */
const INPUT_PIECE = 512;

// The DOM typings describe (De)CompressionStream over BufferSource; at run time they are byte streams.
type ByteTransform = ReadableWritablePair<Uint8Array, Uint8Array>;

function concat(chunks: Uint8Array[], total: number): Uint8Array {
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

export async function compress(text: string): Promise<Uint8Array> {
	const deflate = new CompressionStream('deflate-raw') as unknown as ByteTransform;
	const writer = deflate.writable.getWriter();
	const writing = writer.write(new TextEncoder().encode(text)).then(() => writer.close());
	const reader = deflate.readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		total += value.byteLength;
	}
	await writing;
	return concat(chunks, total);
}

type Feed = 'fed' | 'write-failed' | 'close-failed';

/**
 * Writes the input piece by piece. By the Compression Streams spec a write rejects when its data is
 * invalid, and close() rejects when the input ended before the compressed data did: that stage is
 * how a cut-off link is told from a damaged one.
 */
async function feed(writer: WritableStreamDefaultWriter<Uint8Array>, bytes: Uint8Array) {
	try {
		for (let at = 0; at < bytes.byteLength; at += INPUT_PIECE) {
			await writer.ready;
			await writer.write(bytes.subarray(at, at + INPUT_PIECE));
		}
	} catch {
		return 'write-failed' as Feed;
	}
	try {
		await writer.close();
		return 'fed' as Feed;
	} catch {
		return 'close-failed' as Feed;
	}
}

/** Node's zlib-backed streams accept every write at once but name the failure: Z_BUF_ERROR is "unexpected end of file". */
function endedEarly(error: unknown, stage: Feed): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string') return code === 'Z_BUF_ERROR';
	return stage === 'close-failed';
}

/**
 * Inflates deflate-raw bytes into UTF-8 text, reading chunk by chunk and cancelling as soon as the
 * output passes `maxBytes` (ShareError 'too-large'). Cut-off data is 'truncated'; anything else
 * that is not valid deflate or valid UTF-8 is 'corrupt'.
 */
export async function decompress(bytes: Uint8Array, maxBytes: number): Promise<string> {
	if (bytes.byteLength === 0) throw new ShareError('truncated', INCOMPLETE);
	const inflate = new DecompressionStream('deflate-raw') as unknown as ByteTransform;
	const writer = inflate.writable.getWriter();
	const reader = inflate.readable.getReader();
	const feeding = feed(writer, bytes);
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > maxBytes) {
				// Cancelling errors the writable side too: the pending write fails, nothing more is inflated.
				await reader.cancel().catch(() => undefined);
				throw new ShareError('too-large', TOO_LARGE);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof ShareError) throw error;
		const stage = await feeding;
		throw endedEarly(error, stage)
			? new ShareError('truncated', INCOMPLETE)
			: new ShareError('corrupt', DAMAGED);
	}
	if ((await feeding) !== 'fed') throw new ShareError('corrupt', DAMAGED);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, total));
	} catch {
		throw new ShareError('corrupt', DAMAGED);
	}
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The base64url alphabet, in digit order (A = 0 … _ = 63). */
export const BASE64URL_ALPHABET = ALPHABET;

/** base64url (RFC 4648 §5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out.push(ALPHABET[(n >> (18 - 6 * c)) & 63]);
	}
	return out.join('');
}

/**
 * Strict base64url without padding: any other character is 'corrupt'; a length no encoder
 * produces (4n + 1) is 'truncated'. Unused bits in the last character are ignored (a cut-off link
 * usually ends in some): the quiz identity and the result-code check cover the content.
 */
export function fromBase64Url(text: string): Uint8Array {
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let value = 0;
	let bits = 0;
	let at = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const digit = code < 128 ? DIGIT[code] : -1;
		if (digit < 0)
			throw new ShareError('corrupt', 'This text contains characters that do not belong in it.');
		value = ((value << 6) | digit) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >> bits) & 0xff;
		}
	}
	if (text.length % 4 === 1) throw new ShareError('truncated', INCOMPLETE);
	return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as in zip and PNG): detects every error burst of up to 32 bits. */
export function crc32(bytes: Uint8Array): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for outside text: a syntax error is 'corrupt', and a `__proto__`, `constructor` or
 * `prototype` key anywhere is 'invalid' (no payload of ours has one; it can only be an attack).
 * The result is still untrusted: it goes through a valibot schema next.
 */
export function parseJson(text: string): unknown {
	let forbidden = false;
	let value: unknown;
	try {
		value = JSON.parse(text, function (this: unknown, key: string, item: unknown) {
			if (FORBIDDEN_KEYS.has(key) && !Array.isArray(this)) forbidden = true;
			return item;
		});
	} catch {
		// Syntax errors, and a stack overflow on absurdly deep nesting.
		throw new ShareError('corrupt', DAMAGED);
	}
	if (forbidden) throw new ShareError('invalid', 'This text holds something Factdeck cannot use.');
	return value;
}
