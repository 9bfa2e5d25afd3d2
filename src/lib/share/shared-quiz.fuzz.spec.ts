/**
 * Property-based tests of quiz links, extending shared-quiz-round-trip.spec.ts (random text and
 * character edits of a real link) and codec.spec.ts (random bytes, round trips, a bomb of spaces).
 * A link is built from a valid quiz's JSON after structured damage (fields dropped, renamed,
 * retyped, duplicated; huge strings, deep nesting, special numbers, `__proto__`/`constructor`/
 * `prototype` keys at every level), deflated and base64url-encoded like a real link. Decoding ends
 * in a quiz that passes the schema and round-trips, or in a ShareError; fast; within memory; no
 * prototype touched. And the encoder and decoder agree: a link the encoder makes always opens.
 *
 * Cases: 60 damaged links + 30 damaged-then-restamped quizzes + 5 bombs of random content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
} from '../../../tests/support/fuzz.ts';
import { compress, decompress, parseJson, ShareError } from './codec.ts';
import {
	decodeSharedQuiz,
	encodeSharedQuiz,
	MAX_QUIZ_JSON_BYTES,
	quizIdentity,
	type SharedQuiz
} from './shared-quiz.ts';
import { linkOf, questionsOfEveryType, sharedQuizOf } from './share-fixtures.ts';

const quiz = sharedQuizOf(questionsOfEveryType(6));
const base = toNode(quiz);
const keys = keysOf(quiz);

const REFUSALS = ['truncated', 'corrupt', 'too-large', 'invalid'];
/** Per case, measured; a link is at most 64,000 characters and 512 KB of JSON. */
const MAX_MS = 200;

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
				await expectQuizOrRefusal(await linkOf(mutateJson(base, mutations), true));
				checkPrototypes();
			}),
			runs(60)
		);
	});

	it('damaged quizzes whose identity is restamped reach the schema, and pass only when valid', async () => {
		// Without a matching identity most damage is refused as "edited"; restamping it makes the
		// schema (and the round trip) the thing that decides.
		const checkPrototypes = watchPrototypes();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys, { max: 1 }), async (mutations) => {
				let value: unknown;
				try {
					value = parseJson(mutateJson(base, mutations));
				} catch {
					return; // refused before the schema: the property above covers these
				}
				if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
					const others: Record<string, unknown> = { ...value };
					delete others.id;
					value = { ...others, id: quizIdentity(others as Omit<SharedQuiz, 'id'>) };
				}
				const opened = await expectQuizOrRefusal(await linkOf(value));
				if (opened) accepted++;
				// The encoder checks with the same schema: a link it makes always opens.
				const made = await encodeSharedQuiz(value as SharedQuiz).catch((e: unknown) => e);
				if (typeof made === 'string') expect((await decodeSharedQuiz(made)).ok).toBe(true);
				else {
					expect(made).toBeInstanceOf(ShareError);
					expect(opened).toBe(false);
				}
				checkPrototypes();
			}),
			runs(30)
		);
		// Some damage is harmless (an optional field dropped, an unknown key added): it must pass.
		expect(accepted).toBeGreaterThan(5);
	});
});

describe('link decompression, fuzzed', () => {
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
