/**
 * A whole quiz in a link's fragment (/shared#1.<data>): versioned, deflated, base64url. The
 * fragment never reaches a server. Decoding checks, in order: length, version, alphabet,
 * decompressed size (streamed, capped), JSON, schema, identity. Any failure is a ShareError with a
 * message for the person holding the link.
 */
import * as v from 'valibot';
import { hashString } from '../questions/random.ts';
import type { Question } from '../questions/types.ts';
import {
	compress,
	decompress,
	fromBase64Url,
	safeJsonParse,
	ShareError,
	toBase64Url
} from './codec.ts';
import { QuestionSchema } from './question-schema.ts';

export const SHARE_FORMAT = 1;
export const MAX_LINK_PAYLOAD_CHARS = 64_000;
export const MAX_QUIZ_JSON_BYTES = 512 * 1024;

export interface SharedQuiz {
	v: 1;
	/** Stable identity of this exact quiz (a hash of everything else). */
	id: string;
	title: string;
	deckId: string;
	deckTitle: string;
	source?: { title: string; publisher?: string; url?: string };
	/** Minutes. */
	timeLimit?: number;
	/** Each student gets the questions in their own order. */
	shuffle?: boolean;
	questions: Question[];
}

const SharedQuizSchema = v.object({
	v: v.literal(1),
	id: v.pipe(v.string(), v.regex(/^sq-[0-9a-f]{28}$/)),
	title: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
	deckId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
	deckTitle: v.pipe(v.string(), v.maxLength(300)),
	source: v.optional(
		v.object({
			title: v.pipe(v.string(), v.maxLength(300)),
			publisher: v.optional(v.pipe(v.string(), v.maxLength(200))),
			url: v.optional(v.pipe(v.string(), v.maxLength(2_000), v.url()))
		})
	),
	timeLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(180))),
	shuffle: v.optional(v.boolean()),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(100))
});

/** JSON with object keys sorted, so the same quiz always hashes the same. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

export function quizIdentity(quiz: Omit<SharedQuiz, 'id'>): string {
	const text = canonical(quiz);
	const hex = (n: number) => n.toString(16).padStart(14, '0');
	return `sq-${hex(hashString(text, 1))}${hex(hashString(text, 2))}`;
}

export async function encodeSharedQuiz(quiz: SharedQuiz): Promise<string> {
	return `${SHARE_FORMAT}.${toBase64Url(await compress(JSON.stringify(quiz)))}`;
}

const MESSAGES = {
	truncated:
		'This link is incomplete: it may have been cut off when it was copied. Ask for the link again.',
	corrupt: 'This link is damaged and cannot be read. Ask for the link again.',
	tooLarge: 'This link is too long for a quiz: Factdeck will not open it.',
	version:
		'This quiz was made with a newer version of Factdeck. Reload the app to update it, then open the link again.',
	invalid: 'This link does not hold a quiz Factdeck can use.'
};

export async function decodeSharedQuiz(
	text: string
): Promise<{ ok: true; quiz: SharedQuiz } | { ok: false; error: ShareError }> {
	try {
		const payload = text.startsWith('#') ? text.slice(1) : text;
		if (payload.length > MAX_LINK_PAYLOAD_CHARS)
			throw new ShareError('too-large', MESSAGES.tooLarge);
		if (!payload) throw new ShareError('truncated', MESSAGES.truncated);
		const dot = payload.indexOf('.');
		if (dot < 0 || !/^\d{1,3}$/.test(payload.slice(0, dot)))
			throw new ShareError('corrupt', MESSAGES.corrupt);
		if (payload.slice(0, dot) !== String(SHARE_FORMAT))
			throw new ShareError('version', MESSAGES.version);
		const data = payload.slice(dot + 1);
		if (!data) throw new ShareError('truncated', MESSAGES.truncated);
		let json: string;
		try {
			json = await decompress(fromBase64Url(data), MAX_QUIZ_JSON_BYTES);
		} catch (error) {
			const reason = error instanceof ShareError ? error.reason : 'corrupt';
			if (reason === 'too-large') throw new ShareError('too-large', MESSAGES.tooLarge);
			// A cut-off link decompresses to an unfinished stream: say so rather than "damaged".
			throw new ShareError(
				reason === 'truncated' ? 'truncated' : 'corrupt',
				reason === 'truncated' ? MESSAGES.truncated : MESSAGES.corrupt
			);
		}
		let raw: unknown;
		try {
			raw = safeJsonParse(json);
		} catch {
			throw new ShareError('truncated', MESSAGES.truncated);
		}
		const parsed = v.safeParse(SharedQuizSchema, raw);
		if (!parsed.success) throw new ShareError('invalid', MESSAGES.invalid);
		const { id, ...rest } = parsed.output;
		if (quizIdentity(rest) !== id) throw new ShareError('corrupt', MESSAGES.corrupt);
		return { ok: true, quiz: parsed.output };
	} catch (error) {
		return {
			ok: false,
			error: error instanceof ShareError ? error : new ShareError('invalid', MESSAGES.invalid)
		};
	}
}
