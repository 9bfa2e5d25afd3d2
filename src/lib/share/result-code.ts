/**
 * A student's result as a short code for the teacher: `FD1-<deflated JSON, base64url>-<check>`.
 * The check (CRC-32 over the whole code) catches every single-character typing mistake and every
 * swap of neighbouring characters. It is NOT tamper-proof: anyone can write a code with any score.
 * It saves typing mistakes, nothing more, and the app says so.
 */
import * as v from 'valibot';
import {
	compress,
	crc32,
	decompress,
	fromBase64Url,
	safeJsonParse,
	ShareError,
	toBase64Url
} from './codec.ts';

export const MAX_RESULT_CODE_CHARS = 4_000;
const MAX_RESULT_JSON_BYTES = 64 * 1024;
const PREFIX = 'FD1-';
const CHECK_CHARS = 6;

export interface StudentResult {
	v: 1;
	name: string;
	quizId: string;
	title: string;
	answers: { q: string; ok: boolean; given: string }[];
	score: number;
	total: number;
	finishedAt: number;
}

const StudentResultSchema = v.pipe(
	v.object({
		v: v.literal(1),
		name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
		quizId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
		title: v.pipe(v.string(), v.maxLength(120)),
		answers: v.pipe(
			v.array(
				v.object({
					q: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
					ok: v.boolean(),
					given: v.pipe(v.string(), v.maxLength(300))
				})
			),
			v.maxLength(100)
		),
		score: v.pipe(v.number(), v.integer(), v.minValue(0)),
		total: v.pipe(v.number(), v.integer(), v.minValue(0)),
		finishedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15))
	}),
	v.check(
		(r) => r.total === r.answers.length && r.score === r.answers.filter((a) => a.ok).length,
		'The score does not match the answers.'
	)
);

const MESSAGES = {
	checksum:
		'This result code has a typing mistake (its check does not match). Copy it again, or ask the student to show it once more.',
	truncated: 'This result code is incomplete: part of it is missing.',
	corrupt: 'This is not a Factdeck result code.',
	version: 'This result code comes from a newer version of Factdeck. Reload the app to update it.',
	invalid: 'This result code holds something other than a quiz result.',
	tooLarge: 'This is too long to be a result code.'
};

function checkOf(body: string): string {
	const crc = crc32(new TextEncoder().encode(body));
	// 32 bits in six base64url characters (the top four bits are zero).
	const bytes = new Uint8Array([
		0,
		(crc >>> 24) & 255,
		(crc >>> 16) & 255,
		(crc >>> 8) & 255,
		crc & 255
	]);
	return toBase64Url(bytes).slice(-CHECK_CHARS);
}

export async function encodeResultCode(result: StudentResult): Promise<string> {
	const body = `${PREFIX}${toBase64Url(await compress(JSON.stringify(result)))}`;
	return `${body}-${checkOf(body)}`;
}

/** Groups a code in blocks of six for reading aloud or typing; decoding ignores the spaces. */
export function formatResultCode(code: string): string {
	return code.replace(/(.{6})(?=.)/g, '$1 ');
}

export async function decodeResultCode(
	text: string
): Promise<{ ok: true; result: StudentResult } | { ok: false; error: ShareError }> {
	try {
		if (text.length > MAX_RESULT_CODE_CHARS * 2)
			throw new ShareError('too-large', MESSAGES.tooLarge);
		const code = text.replace(/\s+/g, '');
		if (code.length > MAX_RESULT_CODE_CHARS) throw new ShareError('too-large', MESSAGES.tooLarge);
		if (!code) throw new ShareError('truncated', MESSAGES.truncated);
		const version = /^FD(\d+)-/.exec(code);
		if (!version) throw new ShareError('corrupt', MESSAGES.corrupt);
		if (version[1] !== '1') throw new ShareError('version', MESSAGES.version);
		if (code.length < PREFIX.length + CHECK_CHARS + 2 || code.at(-CHECK_CHARS - 1) !== '-')
			throw new ShareError('truncated', MESSAGES.truncated);
		const body = code.slice(0, -CHECK_CHARS - 1);
		if (checkOf(body) !== code.slice(-CHECK_CHARS))
			throw new ShareError('checksum', MESSAGES.checksum);
		let json: string;
		try {
			json = await decompress(fromBase64Url(body.slice(PREFIX.length)), MAX_RESULT_JSON_BYTES);
		} catch (error) {
			if (error instanceof ShareError && error.reason === 'too-large')
				throw new ShareError('too-large', MESSAGES.tooLarge);
			throw new ShareError('corrupt', MESSAGES.corrupt);
		}
		let raw: unknown;
		try {
			raw = safeJsonParse(json);
		} catch {
			// JSON too deep or malformed behind a valid check: say it in result-code words too.
			throw new ShareError('corrupt', MESSAGES.corrupt);
		}
		const parsed = v.safeParse(StudentResultSchema, raw);
		if (!parsed.success) throw new ShareError('invalid', MESSAGES.invalid);
		return { ok: true, result: parsed.output };
	} catch (error) {
		return {
			ok: false,
			error: error instanceof ShareError ? error : new ShareError('corrupt', MESSAGES.corrupt)
		};
	}
}
