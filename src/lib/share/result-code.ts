/**
 * A student's result as a short code for the teacher: `FD1-<base64url(deflate-raw(JSON))>-<check>`.
 *
 * The check is the CRC-32 of everything before it (`FD1-` and the payload, as text), written as
 * six base64url characters. CRC-32 detects every error burst of up to 32 bits, so it catches every
 * single-character typing mistake and every swap of two neighbouring characters, anywhere in the
 * code. The code is NOT tamper-proof: anyone can make a code with any name and any score. It
 * catches mistakes in copying, nothing more.
 */
import * as v from 'valibot';
import {
	BASE64URL_ALPHABET,
	compress,
	crc32,
	decompress,
	fromBase64Url,
	parseJson,
	ShareError,
	toBase64Url,
	versionProblem
} from './codec.ts';
import { Identifier } from './question-schema.ts';

export const MAX_RESULT_CODE_CHARS = 4_000;
/** Above any valid result (100 answers of 300 characters, all escaped) and far below a bomb. */
const MAX_RESULT_JSON_BYTES = 256 * 1024;
const VERSION = 1;
const PREFIX = `FD${VERSION}-`;
const CHECK_CHARS = 6;
export const MAX_RESULT_ANSWERS = 100;

export interface StudentResult {
	v: 1;
	/** 1–60 characters, trimmed. */
	name: string;
	/** SharedQuiz.id, or the readable link's quiz key for built-in quizzes. */
	quizId: string;
	/** At most 120 characters. */
	title: string;
	/** q: question id (≤ 200 characters); given: ≤ 300 characters; at most 100 answers. */
	answers: { q: string; ok: boolean; given: string }[];
	/** Integers, 0 ≤ score ≤ total = answers.length, score = the answers that are ok. */
	score: number;
	total: number;
	/** Epoch milliseconds. */
	finishedAt: number;
}

export type DecodedResult = { ok: true; result: StudentResult } | { ok: false; error: ShareError };

const noControls = (max: number) =>
	v.pipe(v.string(), v.maxLength(max), v.regex(/^[^\p{Cc}]*$/u, 'must be plain text'));

export const StudentResultSchema = v.pipe(
	v.strictObject({
		v: v.literal(VERSION),
		name: v.pipe(noControls(200), v.trim(), v.minLength(1), v.maxLength(60)),
		// A shared quiz's id, or a readable link's quiz key (`deck|seed|n|types`).
		quizId: v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9][A-Za-z0-9._+:|,-]*$/)),
		title: noControls(120),
		answers: v.pipe(
			v.array(
				v.strictObject({
					q: Identifier,
					ok: v.boolean(),
					given: v.pipe(v.string(), v.maxLength(300))
				})
			),
			v.maxLength(MAX_RESULT_ANSWERS)
		),
		score: v.pipe(v.number(), v.integer(), v.minValue(0)),
		total: v.pipe(v.number(), v.integer(), v.minValue(0)),
		finishedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15))
	}),
	v.check((r) => r.total === r.answers.length, 'The total does not match the answers.'),
	v.check(
		(r) => r.score === r.answers.filter((a) => a.ok).length,
		'The score does not match the answers.'
	)
);

// The schema's output is a StudentResult: this line stops compiling if the two ever drift apart.
export const asStudentResult: (r: v.InferOutput<typeof StudentResultSchema>) => StudentResult = (
	r
) => r;

const MESSAGES: Record<ShareError['reason'], string> = {
	checksum:
		'This result code has a typing mistake: its last characters do not match the rest. Check it against the student’s screen, or copy it again.',
	truncated:
		'This result code is incomplete — part of it is missing. Copy the whole code again, from FD1- to the end.',
	corrupt:
		'This is not a Factdeck result code. Check that you copied the whole code, starting with FD1-.',
	version:
		'This result code comes from a newer version of Factdeck. Update the app (reload it) and paste the code again.',
	invalid:
		'This result code does not hold a result Factdeck can use (for example, its score does not match its answers). Ask the student for a new code.',
	'too-large': 'This is too long to be a result code. Paste one code at a time.'
};

const fail = (reason: ShareError['reason']) => new ShareError(reason, MESSAGES[reason]);

/** CRC-32 of the text before the check, as 6 base64url characters (2 + 5 × 6 bits). */
function checkOf(body: string): string {
	const crc = crc32(new TextEncoder().encode(body));
	let out = BASE64URL_ALPHABET[crc >>> 30];
	for (let shift = 24; shift >= 0; shift -= 6) out += BASE64URL_ALPHABET[(crc >>> shift) & 63];
	return out;
}

const checks = (code: string) =>
	code.length > CHECK_CHARS &&
	checkOf(code.slice(0, -CHECK_CHARS - 1)) === code.slice(-CHECK_CHARS);

async function codeFor(result: StudentResult): Promise<string> {
	const body = `${PREFIX}${toBase64Url(await compress(JSON.stringify(result)))}`;
	return `${body}-${checkOf(body)}`;
}

/**
 * Validates the result (a ShareError 'invalid' says what is wrong) and writes its code. If the
 * code would pass MAX_RESULT_CODE_CHARS, the typed answers (`given`) are shortened, then left out:
 * the teacher still gets every right and wrong. Only if even that is too long does it throw
 * ShareError 'too-large'.
 */
export async function encodeResultCode(result: StudentResult): Promise<string> {
	const parsed = v.safeParse(StudentResultSchema, result);
	if (!parsed.success)
		throw new ShareError(
			'invalid',
			`This result cannot be made into a code: ${parsed.issues[0].message}`
		);
	const full = parsed.output;
	const shorten = (length: number): StudentResult => ({
		...full,
		answers: full.answers.map((a) => ({
			...a,
			given: a.given.length > length ? `${a.given.slice(0, Math.max(0, length - 1))}…` : a.given
		}))
	});
	for (const candidate of [full, shorten(40), shorten(12), shorten(0)]) {
		const code = await codeFor(candidate);
		if (code.length <= MAX_RESULT_CODE_CHARS) return code;
	}
	throw new ShareError('too-large', 'This result is too long to fit in a code.');
}

/** Groups a code in blocks of six for reading aloud or typing; decoding ignores the spaces. */
export function formatResultCode(code: string): string {
	return code.replace(/\s+/g, '').replace(/(.{6})(?=.)/g, '$1 ');
}

async function decode(text: string): Promise<StudentResult> {
	if (typeof text !== 'string') throw fail('truncated');
	// Room for grouping spaces and line breaks; the exact cap is checked once they are gone.
	if (text.length > MAX_RESULT_CODE_CHARS * 2) throw fail('too-large');
	const code = text.replace(/\s+/g, '');
	if (!code) throw fail('truncated');
	if (code.length > MAX_RESULT_CODE_CHARS) throw fail('too-large');

	const version = /^FD(\d{1,4})-/.exec(code);
	if (!version) {
		if (PREFIX.startsWith(code)) throw fail('truncated');
		// A mistyped `FD1-` is a typing mistake, not a foreign code.
		throw fail(checks(PREFIX + code.slice(PREFIX.length)) ? 'checksum' : 'corrupt');
	}
	if (version[1] !== String(VERSION))
		throw fail(
			checks(PREFIX + code.slice(version[0].length))
				? 'checksum'
				: versionProblem(version[1], VERSION)
		);
	if (code.length < PREFIX.length + 2 + CHECK_CHARS) throw fail('truncated');
	if (code.at(-CHECK_CHARS - 1) !== '-') {
		const fixed = `${code.slice(0, -CHECK_CHARS - 1)}-${code.slice(-CHECK_CHARS)}`;
		throw fail(checks(fixed) ? 'checksum' : 'truncated');
	}
	if (!checks(code)) throw fail('checksum');

	let json: string;
	try {
		json = await decompress(
			fromBase64Url(code.slice(PREFIX.length, -CHECK_CHARS - 1)),
			MAX_RESULT_JSON_BYTES
		);
	} catch (error) {
		throw fail(
			error instanceof ShareError && error.reason === 'too-large' ? 'too-large' : 'corrupt'
		);
	}
	const raw = parseJson(json);
	const parsed = v.safeParse(StudentResultSchema, raw);
	if (!parsed.success) throw fail('invalid');
	return parsed.output;
}

/**
 * Reads a pasted or scanned code: surrounding whitespace, line breaks and the spaces
 * `formatResultCode` adds are ignored. Never throws: every problem is a ShareError.
 */
export async function decodeResultCode(text: string): Promise<DecodedResult> {
	try {
		return { ok: true, result: await decode(text) };
	} catch (error) {
		return { ok: false, error: error instanceof ShareError ? fail(error.reason) : fail('corrupt') };
	}
}
