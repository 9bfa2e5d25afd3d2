/**
 * Property-based tests of result codes (extends the random-string and insertion fuzzing in
 * result-code.spec.ts, which the check refuses before the JSON is read). Here every damaged code
 * carries a VALID check, so what is exercised is the decompression and the schema: a code decodes
 * to a result that passes the schema and round-trips, or to a ShareError; fast; no prototype
 * touched.
 *
 * Cases: 100 damaged results + 100 generated results + 100 codes with whitespace inserted.
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
} from '../test-fuzz.ts';
import { compress, crc32, ShareError, toBase64Url } from './codec.ts';
import { decodeResultCode, encodeResultCode, type StudentResult } from './result-code.ts';

const result: StudentResult = {
	v: 1,
	name: 'Ada Lovelace',
	quizId: 'sq-0123456789abcdef0123456789ab',
	title: 'Year 10 check-in',
	answers: [
		{ q: 'starmer-chairs-coalition.mc.chair', ok: true, given: 'Sir Keir Starmer' },
		{ q: 'front-line-length.num.miles', ok: false, given: '300' },
		{ q: 'slovakia-opposes.tf.country', ok: true, given: 'false' }
	],
	score: 2,
	total: 3,
	finishedAt: Date.UTC(2026, 10, 20, 10, 30)
};
const base = toNode(result);
const keys = keysOf(result);
const MAX_MS = 200;

/** `FD1-<deflated JSON, base64url>-<CRC-32 of the rest, six characters>`, from any JSON text. */
async function codeFor(json: string): Promise<string> {
	const body = `FD1-${toBase64Url(await compress(json))}`;
	const crc = crc32(new TextEncoder().encode(body));
	const check = toBase64Url(
		new Uint8Array([0, crc >>> 24, crc >>> 16, crc >>> 8, crc].map((b) => b & 255))
	);
	return `${body}-${check.slice(-6)}`;
}

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
	it('builds codes exactly as the app does (so the checks below are valid)', async () => {
		expect(await codeFor(JSON.stringify(result))).toBe(await encodeResultCode(result));
	});

	it('damaged result JSON with a valid check decodes to a valid result or a ShareError', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys), async (mutations) => {
				await expectResultOrRefusal(await codeFor(mutateJson(base, mutations)));
				checkPrototypes();
			}),
			runs(100)
		);
	});

	it('generated results round-trip when they are valid and are refused as invalid otherwise', async () => {
		// Mostly valid fields, each sometimes not: both outcomes are exercised.
		const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
			fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 });
		const answer = fc.record({
			q: mostly(fc.string({ unit: anyChar, minLength: 1, maxLength: 8 }), fc.constant('')),
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
					fc.constantFrom(' \t\n', 'x'.repeat(61))
				),
				quizId: mostly(fc.string({ minLength: 1, maxLength: 40 }), fc.constant('')),
				title: fc.string({ unit: anyChar, maxLength: 30 }),
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
			fc.asyncProperty(generated, async (input) => {
				const decoded = await expectResultOrRefusal(await encodeResultCode(input));
				if (decoded) {
					accepted++;
					// Through JSON, as the code carries it (-0 travels as 0).
					expect(decoded).toEqual(
						JSON.parse(JSON.stringify({ ...input, name: input.name.trim() }))
					);
				}
			}),
			runs(100)
		);
		expect(accepted).toBeGreaterThan(20);
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
