/**
 * A whole quiz in a link's fragment (`/shared#1.<data>`): versioned, deflated, base64url. The
 * fragment never reaches a server. Decoding checks, in order: length, version, alphabet,
 * decompressed size (streamed, capped), JSON, schema, identity. Every failure is a ShareError with
 * a message for the student holding the link; nothing from the link reaches the app except the
 * schema's output. The link keeps every field of every question, `key.rivals` included: dropping
 * them would shorten links by 7–11% (measured on the curated deck: 4,997 → 4,436 characters at 10
 * questions, 11,845 → 11,009 at 40) but typed answers in a shared quiz would then be checked more
 * leniently than the same quiz opened any other way, and the quiz would not round-trip exactly.
 */
import * as v from 'valibot';
import { hashString } from '../questions/random.ts';
import type { Question } from '../questions/types.ts';
import {
	compress,
	decompress,
	fromBase64Url,
	parseJson,
	ShareError,
	toBase64Url,
	versionProblem
} from './codec.ts';
import { MAX_TEXT, QuestionSchema } from './question-schema.ts';

export const SHARE_FORMAT = 1;
/** Encoded text cap, checked before anything else. */
export const MAX_LINK_PAYLOAD_CHARS = 64_000;
/** A fragment longer than this is no quiz link: src/app.html's first script cuts it (same figure). */
export const MAX_FRAGMENT_CHARS = 65_536;
/**
 * What src/app.html's first script leaves of a fragment longer than MAX_FRAGMENT_CHARS, before
 * any other code sees the address: such a link is refused as too large.
 */
export const OVERSIZED_FRAGMENT = 'too-large';
/** Decompressed cap. */
export const MAX_QUIZ_JSON_BYTES = 512 * 1024;
export const MAX_SHARED_QUESTIONS = 100;
export const MAX_QUIZ_TITLE = 120;

export interface SharedQuiz {
	v: 1;
	/** Stable identity of this exact quiz: `sq-` + hex of a hash of the canonical JSON of everything else. */
	id: string;
	/** At most 120 characters. */
	title: string;
	deckId: string;
	deckTitle: string;
	source?: { title: string; publisher?: string; url?: string };
	/** Minutes, 1–180. */
	timeLimit?: number;
	/** True: each student gets the questions in their own order. */
	shuffle?: boolean;
	/** 1–100. */
	questions: Question[];
}

export type DecodedQuiz = { ok: true; quiz: SharedQuiz } | { ok: false; error: ShareError };

const filled = (max: number) =>
	v.pipe(v.string(), v.maxLength(max), v.regex(/\S/, 'must not be empty'));

export const SharedQuizSchema = v.pipe(
	v.strictObject({
		v: v.literal(SHARE_FORMAT),
		id: v.pipe(v.string(), v.regex(/^sq-[0-9a-f]{28}$/, 'must be a quiz id')),
		title: filled(MAX_QUIZ_TITLE),
		deckId: v.pipe(
			v.string(),
			v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a deck id (lower-case letters, digits, -)')
		),
		deckTitle: filled(MAX_TEXT),
		source: v.optional(
			v.strictObject({
				title: filled(MAX_TEXT),
				publisher: v.optional(filled(MAX_TEXT)),
				// Only web addresses: the screen may render it as a link, and `javascript:` is a URL too.
				url: v.optional(
					v.pipe(v.string(), v.maxLength(MAX_TEXT), v.regex(/^https?:\/\//i), v.url())
				)
			})
		),
		timeLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(180))),
		shuffle: v.optional(v.boolean()),
		questions: v.pipe(
			v.array(QuestionSchema),
			v.minLength(1, 'has no questions'),
			v.maxLength(MAX_SHARED_QUESTIONS, `has more than ${MAX_SHARED_QUESTIONS} questions`)
		)
	}),
	v.check(
		(quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length,
		'has the same question twice'
	)
);

// The schema's output is a SharedQuiz: this line stops compiling if the two ever drift apart.
export const asSharedQuiz: (q: v.InferOutput<typeof SharedQuizSchema>) => SharedQuiz = (q) => q;

/** JSON with object keys sorted (undefined fields left out), so equal quizzes hash equally. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		return `{${Object.keys(record)
			.filter((k) => record[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Deterministic on every device: two 53-bit string hashes of the canonical JSON, in hex. */
export function quizIdentity(quiz: Omit<SharedQuiz, 'id'>): string {
	const text = canonical(quiz);
	const hex = (n: number) => n.toString(16).padStart(14, '0');
	return `sq-${hex(hashString(text, 1))}${hex(hashString(text, 2))}`;
}

const MESSAGES: Record<ShareError['reason'], string> = {
	truncated:
		'This link is incomplete — it may have been cut off when it was copied. Ask for the link again.',
	corrupt:
		'This link is damaged — some of its characters were changed, so the quiz cannot be read. Ask for the link again.',
	'too-large': 'This link is too large for a Factdeck quiz, so it was not opened.',
	version:
		'This quiz was made with a newer version of Factdeck. Update the app (reload it) and open the link again.',
	invalid: 'This link does not hold a quiz Factdeck can use. Ask for the link again.',
	checksum:
		'This link is damaged — some of its characters were changed, so the quiz cannot be read. Ask for the link again.'
};

const fail = (reason: ShareError['reason']) => new ShareError(reason, MESSAGES[reason]);

/** Says, for the teacher, which part of a quiz cannot be shared. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => item.key);
	const at = keys.indexOf('questions');
	const question = at >= 0 && typeof keys[at + 1] === 'number' ? Number(keys[at + 1]) : undefined;
	const fields = keys
		.slice(question === undefined ? 0 : at + 2)
		.filter((k) => typeof k === 'string');
	const field = fields.length ? `its ${fields.join(' ')} ` : '';
	const problem =
		issue.type === 'max_length'
			? `${field}is too long`
			: issue.type === 'min_length' || (issue.type === 'regex' && /empty/.test(issue.message))
				? `${field}is empty`
				: field
					? `${field}is not valid`
					: issue.message;
	return question === undefined
		? `This quiz cannot be shared: ${problem}.`
		: `Question ${question + 1} cannot be shared: ${problem}.`;
}

/**
 * `"1." + base64url(deflate-raw(JSON))`. Validates with the same schema the decoder uses, so a
 * link that is made can always be opened; a quiz that cannot travel throws a ShareError saying why.
 */
export async function encodeSharedQuiz(quiz: SharedQuiz): Promise<string> {
	const parsed = v.safeParse(SharedQuizSchema, quiz);
	if (!parsed.success) throw new ShareError('invalid', describeIssue(parsed.issues[0]));
	const { id, ...rest } = parsed.output;
	if (quizIdentity(rest) !== id)
		throw new ShareError(
			'invalid',
			'This quiz cannot be shared: it changed after it was named. Reload the page and try again.'
		);
	const json = JSON.stringify(parsed.output);
	const payload = `${SHARE_FORMAT}.${toBase64Url(await compress(json))}`;
	if (
		new TextEncoder().encode(json).byteLength > MAX_QUIZ_JSON_BYTES ||
		payload.length > MAX_LINK_PAYLOAD_CHARS
	)
		throw new ShareError(
			'too-large',
			'This quiz is too long to fit in a link. Share fewer questions, or shorten the longest ones.'
		);
	return payload;
}

async function decode(text: string): Promise<SharedQuiz> {
	if (typeof text !== 'string' || text.length === 0) throw fail('truncated');
	// One character of slack for the leading '#'.
	if (text.length > MAX_LINK_PAYLOAD_CHARS + 1) throw fail('too-large');
	const payload = (text.startsWith('#') ? text.slice(1) : text).trim();
	if (payload.length > MAX_LINK_PAYLOAD_CHARS || payload === OVERSIZED_FRAGMENT)
		throw fail('too-large');
	if (!payload) throw fail('truncated');

	const version = /^(\d{1,9})(\.|$)/.exec(payload);
	if (!version) throw fail('corrupt');
	if (version[1] !== String(SHARE_FORMAT)) throw fail(versionProblem(version[1], SHARE_FORMAT));
	const data = payload.slice(version[0].length);
	if (!data) throw fail('truncated');

	let json: string;
	try {
		json = await decompress(fromBase64Url(data), MAX_QUIZ_JSON_BYTES);
	} catch (error) {
		throw fail(error instanceof ShareError ? error.reason : 'corrupt');
	}
	let raw: unknown;
	try {
		raw = parseJson(json);
	} catch (error) {
		throw fail(error instanceof ShareError ? error.reason : 'corrupt');
	}
	const parsed = v.safeParse(SharedQuizSchema, raw);
	if (!parsed.success) throw fail('invalid');
	const { id, ...rest } = parsed.output;
	// Deflate has no checksum of its own: a changed character that still inflates is caught here.
	if (quizIdentity(rest) !== id) throw fail('corrupt');
	return parsed.output;
}

/**
 * Reads the text after `#` (with or without the `#`). Never throws: every problem comes back as a
 * ShareError whose reason is 'truncated', 'corrupt', 'too-large', 'version' or 'invalid'.
 */
export async function decodeSharedQuiz(text: string): Promise<DecodedQuiz> {
	try {
		return { ok: true, quiz: await decode(text) };
	} catch (error) {
		return { ok: false, error: error instanceof ShareError ? error : fail('invalid') };
	}
}
