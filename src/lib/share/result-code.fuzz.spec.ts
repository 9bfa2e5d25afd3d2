/**
 * Property-based tests of result codes, extending result-code.spec.ts (random text and character
 * edits, which the check refuses before the JSON is read). Here every damaged code carries a VALID
 * check, so what is exercised is the decompression and the schema: a code decodes to a result
 * that passes the schema and round-trips, or to a ShareError; fast; no prototype touched. And the
 * encoder and decoder agree on which results are valid.
 *
 * Cases: 80 damaged results + 60 generated results + 100 codes with whitespace inserted.
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
import { ShareError } from './codec.ts';
import { decodeResultCode, encodeResultCode, type StudentResult } from './result-code.ts';
import { resultCodeOf, studentResultOf } from './share-fixtures.ts';

const result = studentResultOf(5);
const base = toNode(result);
const keys = keysOf(result);
const MAX_MS = 200;

/** A code decodes to a result that round-trips, or to a refusal other than a typing mistake. */
async function expectResultOrRefusal(code: string): Promise<StudentResult | undefined> {
	const decoded = await timed(() => decodeResultCode(code), MAX_MS);
	expect(decoded.ms).toBeLessThan(MAX_MS);
	expect(decoded.ok).toBe(true);
	if (!decoded.ok) return undefined;
	const outcome = decoded.value;
	if (!outcome.ok) {
		expect(outcome.error).toBeInstanceOf(ShareError);
		// The check is right, so it is never blamed on typing; the code is complete.
		expect(['invalid', 'corrupt', 'too-large']).toContain(outcome.error.reason);
		expect(outcome.error.message).toMatch(/result code|too long/);
		return undefined;
	}
	const decodedResult = outcome.result;
	expectPlainData(decodedResult);
	expect(decodedResult.total).toBe(decodedResult.answers.length);
	expect(decodedResult.score).toBe(decodedResult.answers.filter((a) => a.ok).length);
	// Through JSON, as the code carries it (-0 travels as 0).
	const again = await decodeResultCode(await encodeResultCode(decodedResult));
	expect(again.ok && JSON.stringify(again.result)).toBe(JSON.stringify(decodedResult));
	return decodedResult;
}

describe('result codes, fuzzed', () => {
	it('damaged result JSON with a valid check decodes to a valid result or a ShareError', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys), async (mutations) => {
				await expectResultOrRefusal(await resultCodeOf(mutateJson(base, mutations), 1, true));
				checkPrototypes();
			}),
			runs(80)
		);
	});

	it('the encoder and the decoder agree on every generated result', async () => {
		// Mostly valid fields, each sometimes not: both outcomes are exercised.
		const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
			fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 });
		const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+:-]{0,20}$/);
		const answer = fc.record({
			q: mostly(id, fc.constantFrom('', '__proto__', '-x', 'a b')),
			ok: fc.boolean(),
			given: fc.string({ unit: anyChar, maxLength: 12 })
		});
		const generated = fc
			.record({
				name: mostly(
					fc.string({
						unit: fc.constantFrom('A', 'é', '𝒜', ' ', '\u00A0'),
						minLength: 1,
						maxLength: 20
					}),
					fc.constantFrom(' \t ', 'x'.repeat(61), 'a\u0000b', 'a\nb')
				),
				quizId: mostly(id, fc.constantFrom('', '__proto__', 'a b')),
				title: mostly(fc.string({ maxLength: 30 }), fc.constantFrom('\u0007', 'x'.repeat(121))),
				answers: fc.array(answer, { maxLength: 6 }),
				finishedAt: mostly(fc.nat(), fc.constantFrom(-1, 0.5, 8.64e15 + 1))
			})
			.chain((r) => {
				const score = r.answers.filter((a) => a.ok).length;
				return fc
					.record({
						score: mostly(fc.constant(score), fc.constantFrom(score + 1, -1, 1.5)),
						total: mostly(fc.constant(r.answers.length), fc.constant(r.answers.length + 1))
					})
					.map((counts) => ({ v: 1 as const, ...r, ...counts }));
			});
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(generated, async (input: StudentResult) => {
				// The decoder on the raw JSON, bypassing the encoder's own checks…
				const decoded = await expectResultOrRefusal(await resultCodeOf(input));
				// …and the encoder: it makes a code exactly when the decoder would accept the result.
				const made = await encodeResultCode(input).catch((e: unknown) => e);
				if (decoded) {
					accepted++;
					expect(typeof made).toBe('string');
					// Through JSON, as the code carries it (-0 travels as 0), name trimmed.
					const expected: unknown = JSON.parse(
						JSON.stringify({ ...input, name: input.name.trim() })
					);
					expect(await decodeResultCode(made as string)).toEqual({ ok: true, result: expected });
				} else {
					expect(made).toBeInstanceOf(ShareError);
					expect((made as ShareError).reason).toBe('invalid');
				}
			}),
			runs(60)
		);
		expect(accepted).toBeGreaterThan(10);
	});

	it('whitespace anywhere in a valid code changes nothing', async () => {
		const code = await encodeResultCode(result);
		const space = fc.constantFrom(' ', '\n', '\r\n', '\t', '\u00A0', '\u2028', '\uFEFF', '   ');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.nat({ max: code.length }), space), { maxLength: 12 }),
				async (inserts) => {
					let spaced = code;
					for (const [at, s] of inserts) spaced = spaced.slice(0, at) + s + spaced.slice(at);
					expect(await decodeResultCode(spaced)).toEqual({ ok: true, result });
				}
			),
			runs(100)
		);
	});
});
