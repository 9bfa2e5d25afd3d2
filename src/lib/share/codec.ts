/**
 * Bytes ↔ text for everything that travels outside the app (quiz links, result codes):
 * deflate-raw through the platform's CompressionStream, base64url, CRC-32. Decompression stops at
 * a byte cap, so a decompression bomb costs a few kilobytes and a few milliseconds, not memory.
 */

export type ShareProblem =
	'truncated' | 'corrupt' | 'too-large' | 'version' | 'invalid' | 'checksum';

export class ShareError extends Error {
	constructor(
		readonly reason: ShareProblem,
		message: string
	) {
		super(message);
		this.name = 'ShareError';
	}
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw new ShareError('too-large', 'This is larger than Factdeck accepts.');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

// The DOM typings describe (De)CompressionStream over BufferSource; at run time they are byte streams.
type ByteTransform = ReadableWritablePair<Uint8Array, Uint8Array>;
const deflate = () => new CompressionStream('deflate-raw') as unknown as ByteTransform;
const inflate = () => new DecompressionStream('deflate-raw') as unknown as ByteTransform;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
}

export async function compress(text: string): Promise<Uint8Array> {
	const input = streamOf(new TextEncoder().encode(text));
	return collect(input.pipeThrough(deflate()), Number.MAX_SAFE_INTEGER);
}

export async function decompress(bytes: Uint8Array, maxBytes: number): Promise<string> {
	let out: Uint8Array;
	try {
		out = await collect(streamOf(bytes).pipeThrough(inflate()), maxBytes);
	} catch (error) {
		if (error instanceof ShareError) throw error;
		throw new ShareError('corrupt', 'The data is damaged and cannot be read.');
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(out);
	} catch {
		throw new ShareError('corrupt', 'The data is damaged and cannot be read.');
	}
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

export function fromBase64Url(text: string): Uint8Array {
	if (text.length % 4 === 1)
		throw new ShareError('truncated', 'The data is incomplete: it may have been cut off.');
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const char of text) {
		const digit = LOOKUP.get(char);
		if (digit === undefined)
			throw new ShareError('corrupt', 'The data contains characters that do not belong in it.');
		value = (value << 6) | digit;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >> bits) & 0xff;
		}
	}
	return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3): catches every single-character mistake and every burst up to 32 bits. */
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
	for (const byte of bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** Parses JSON and drops `__proto__` / `constructor` / `prototype` keys on the way in. */
export function safeJsonParse(text: string): unknown {
	try {
		return JSON.parse(text, (key, value: unknown) =>
			key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value
		);
	} catch {
		throw new ShareError('corrupt', 'The data is damaged and cannot be read.');
	}
}
