/**
 * Property-based tests of quiz links (extends the random-string and one-character fuzzing in
 * shared-quiz.spec.ts). A link is built from a valid quiz's JSON after structured damage (fields
 * dropped, renamed, retyped, duplicated; huge strings, deep nesting, special numbers,
 * `__proto__`/`constructor`/`prototype` keys at every level), deflated and base64url-encoded like a
 * real link. Decoding must end in a quiz that passes the schema and round-trips, or in a
 * ShareError; quickly, within memory, and without touching any prototype.
 *
 * Cases: 100 damaged links + 100 damaged-then-restamped links + 200 base64url strings
 * + 200 byte-array round trips + 150 random byte streams + 100 text round trips
 * + 5 decompression bombs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../content/folder.ts';
import { buildQuestions } from '../questions/engine.ts';
import { QUESTION_TYPES } from '../questions/types.ts';
import {
	anyChar,
	expectPlainData,
	jsonMutations,
	keysOf,
	mutateJson,
	runs,
	timed,
	toNode,
	watchPrototypes
} from '../test-fuzz.ts';
import {
	compress,
	decompress,
	fromBase64Url,
	safeJsonParse,
	ShareError,
	toBase64Url
} from './codec.ts';
import {
	decodeSharedQuiz,
	encodeSharedQuiz,
	MAX_QUIZ_JSON_BYTES,
	quizIdentity,
	type SharedQuiz
} from './shared-quiz.ts';

const deck = readDeckFolder('questions/ukraine-security-guarantees');
const all = buildQuestions(deck, 7);
const oneOfEach = QUESTION_TYPES.map((type) => all.find((q) => q.type === type)!);
const rest = {
	v: 1 as const,
	title: 'Year 10 check-in',
	deckId: deck.id,
	deckTitle: deck.title,
	source: { title: deck.source.title, publisher: 'BBC News', url: 'https://example.org/a' },
	timeLimit: 15,
	shuffle: true,
	questions: oneOfEach
};
const quiz: SharedQuiz = { ...rest, id: quizIdentity(rest) };
const base = toNode(quiz);
const keys = keysOf(quiz);

const REFUSALS = ['truncated', 'corrupt', 'too-large', 'invalid'];
/** Per case, measured; a link is at most 64,000 characters and 512 KB of JSON. */
const MAX_MS = 200;

async function linkOf(json: string): Promise<string> {
	return `1.${toBase64Url(await compress(json))}`;
}

/** The one acceptable outcome of decoding: a quiz that round-trips, or a clear refusal. */
async function expectQuizOrRefusal(link: string): Promise<boolean> {
	const decoded = await timed(() => decodeSharedQuiz(link), MAX_MS);
	expect(decoded.ms).toBeLessThan(MAX_MS);
	expect(decoded.ok).toBe(true);
	if (!decoded.ok) return false;
	const result = decoded.value;
	if (!result.ok) {
		expect(result.error).toBeInstanceOf(ShareError);
		expect(REFUSALS).toContain(result.error.reason);
		expect(result.error.message).toMatch(/^This link /);
		return false;
	}
	expectPlainData(result.quiz);
	const { id, ...others } = result.quiz;
	expect(quizIdentity(others)).toBe(id);
	const again = await decodeSharedQuiz(await encodeSharedQuiz(result.quiz));
	expect(again.ok && JSON.stringify(again.quiz)).toBe(JSON.stringify(result.quiz));
	return true;
}

describe('quiz links, fuzzed', () => {
	it('damaged quiz JSON, deflated as a link, decodes to a valid quiz or a ShareError', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys), async (mutations) => {
				await expectQuizOrRefusal(await linkOf(mutateJson(base, mutations)));
				checkPrototypes();
			}),
			runs(100)
		);
	});

	it('damaged quizzes whose identity is restamped reach the schema, and pass only when valid', async () => {
		// Without a matching identity most damage is refused as "edited"; restamping it makes the
		// schema (and the round trip) the thing that decides.
		const checkPrototypes = watchPrototypes();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys, { max: 2 }), async (mutations) => {
				let value: unknown;
				try {
					value = safeJsonParse(mutateJson(base, mutations));
				} catch {
					value = undefined;
				}
				if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
					const others: Record<string, unknown> = { ...value };
					delete others.id;
					value = { ...others, id: quizIdentity(others as Omit<SharedQuiz, 'id'>) };
				}
				if (await expectQuizOrRefusal(await linkOf(JSON.stringify(value) ?? ''))) accepted++;
				checkPrototypes();
			}),
			runs(100)
		);
		// Some damage is harmless (an optional field dropped, an unknown key added): it must pass.
		expect(accepted).toBeGreaterThan(10);
	});
});

describe('link codec, fuzzed', () => {
	it('base64url: any text decodes to bytes or a ShareError; bytes round-trip exactly', () => {
		const alphabet = fc.constantFrom(...'ABCXYZabcxyz0189-_+/=.! \n\u00e9');
		fc.assert(
			fc.property(fc.string({ unit: alphabet, maxLength: 80 }), (text) => {
				try {
					const bytes = fromBase64Url(text);
					expect(bytes.length).toBe(Math.floor((text.length * 6) / 8));
				} catch (error) {
					expect(error).toBeInstanceOf(ShareError);
					expect(['truncated', 'corrupt']).toContain((error as ShareError).reason);
				}
			}),
			runs(200)
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
				expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
			}),
			runs(200)
		);
	});

	it('decompress: random bytes give text or a ShareError; text round-trips', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
				const result = await timed(() => decompress(bytes, MAX_QUIZ_JSON_BYTES), MAX_MS);
				expect(result.ms).toBeLessThan(MAX_MS);
				if (!result.ok) {
					expect(result.error).toBeInstanceOf(ShareError);
					expect(['corrupt', 'too-large']).toContain((result.error as ShareError).reason);
				} else expect(typeof result.value).toBe('string');
			}),
			runs(150)
		);
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: anyChar, maxLength: 500 }), async (text) => {
				// Lone surrogates cannot be UTF-8; links carry JSON, which escapes them.
				const wellFormed = text.toWellFormed();
				expect(await decompress(await compress(wellFormed), MAX_QUIZ_JSON_BYTES)).toBe(wellFormed);
			}),
			runs(100)
		);
	});

	it('decompression bombs of any size and content stop at the cap, fast and without the memory', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.string({ minLength: 1, maxLength: 8, unit: anyChar }),
				fc.integer({ min: 1, max: 3 }),
				async (piece, megabytes) => {
					const bomb = await compress(piece.repeat(Math.ceil((megabytes << 20) / piece.length)));
					const before = process.memoryUsage();
					const result = await timed(() => decompress(bomb, MAX_QUIZ_JSON_BYTES), MAX_MS);
					const after = process.memoryUsage();
					expect(result.ok).toBe(false);
					expect(!result.ok && (result.error as ShareError).reason).toBe('too-large');
					expect(result.ms).toBeLessThan(MAX_MS);
					expect(
						after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers
					).toBeLessThan(20 * 1024 * 1024);
				}
			),
			runs(5)
		);
	});
});
