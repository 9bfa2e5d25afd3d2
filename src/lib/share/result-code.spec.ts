/**
 * Result codes are copied by hand, pasted, scanned, and sometimes made up. A typing mistake must
 * never turn into another student's result: every single-character change and every swap of
 * neighbours is refused, as are foreign, newer, oversized and inconsistent codes. Whitespace and
 * the grouping `formatResultCode` adds are not mistakes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE64URL_ALPHABET, ShareError, toBase64Url } from './codec.ts';
import {
	decodeResultCode,
	encodeResultCode,
	formatResultCode,
	MAX_RESULT_CODE_CHARS,
	type StudentResult
} from './result-code.ts';
import {
	anyCharacter,
	measure,
	resultCodeOf,
	spaceBomb,
	studentResultOf,
	withCheck
} from './share-fixtures.ts';
import { budget } from '../../../tests/support/fuzz.ts';

const result = studentResultOf(10);
const code = await encodeResultCode(result);

const MESSAGE = {
	checksum: /typing mistake/,
	truncated: /incomplete/,
	corrupt: /not a Factdeck result code/,
	version: /newer version of Factdeck/,
	invalid: /does not hold a result/,
	'too-large': /too long to be a result code/
} as const;

async function refused(text: string, reason: keyof typeof MESSAGE): Promise<void> {
	const decoded = await decodeResultCode(text);
	expect(decoded.ok, `expected ${reason} for ${String(text).slice(0, 60)}`).toBe(false);
	const { error } = decoded as { error: ShareError };
	expect(error).toBeInstanceOf(ShareError);
	expect(error.reason).toBe(reason);
	expect(error.message).toMatch(MESSAGE[reason]);
}

const replaceAt = (text: string, at: number, char: string) =>
	text.slice(0, at) + char + text.slice(at + 1);

describe('a result code', () => {
	it('round-trips exactly', async () => {
		expect(code).toMatch(/^FD1-[A-Za-z0-9_-]+-[A-Za-z0-9_-]{6}$/);
		expect(await decodeResultCode(code)).toEqual({ ok: true, result });
	});

	it('round-trips a result with nothing answered, and one with every answer wrong', async () => {
		for (const r of [
			{ ...result, answers: [], score: 0, total: 0 },
			{ ...result, answers: result.answers.map((a) => ({ ...a, ok: false })), score: 0 }
		])
			expect(await decodeResultCode(await encodeResultCode(r))).toEqual({ ok: true, result: r });
	});

	it('ignores surrounding whitespace, line breaks and the grouping it is shown with', async () => {
		const formatted = formatResultCode(code);
		expect(formatted).toMatch(/^(\S{6} )+\S{1,6}$/);
		expect(formatResultCode(formatted)).toBe(formatted);
		for (const text of [
			formatted,
			`  ${code}\n`,
			`\t${formatted}\r\n`,
			code.replace(/(.{20})/g, '$1\r\n'),
			code.replace(/(.{7})/g, '$1\n  ')
		])
			expect(await decodeResultCode(text)).toEqual({ ok: true, result });
	});

	it('stays short: 10, 20, 40 and 100 answers fit well within the cap', async () => {
		const lengths = [];
		for (const n of [10, 20, 40, 100])
			lengths.push((await encodeResultCode(studentResultOf(n))).length);
		// About 1.1 KB for the fixture's quiz of 10 (it follows the questions' ids and answers).
		expect(lengths[0]).toBeLessThan(1_500);
		expect(lengths[3]).toBeLessThan(MAX_RESULT_CODE_CHARS);
	});
});

describe('a typing mistake', () => {
	it('is caught for every single-character change, at every position, to every character', async () => {
		// A shorter real code (4 answers) keeps the 63 × length sweep near a second.
		const code = await encodeResultCode(studentResultOf(4));
		let tried = 0;
		for (let at = 0; at < code.length; at++)
			for (const char of BASE64URL_ALPHABET) {
				if (char === code[at]) continue;
				const decoded = await decodeResultCode(replaceAt(code, at, char));
				if (decoded.ok || decoded.error.reason !== 'checksum')
					expect.fail(
						`position ${at} → ${char}: ${decoded.ok ? 'accepted' : decoded.error.reason}`
					);
				tried++;
			}
		expect(tried).toBe(code.length * 63);
	});

	it('is caught for characters outside the alphabet too', async () => {
		for (let at = 0; at < code.length; at += 5)
			for (const char of ['.', '+', '/', '=', 'é', 'O', '0'])
				if (char !== code[at])
					expect((await decodeResultCode(replaceAt(code, at, char))).ok).toBe(false);
	});

	it('is caught for every swap of two neighbouring characters', async () => {
		let swaps = 0;
		for (let at = 0; at < code.length - 1; at++) {
			if (code[at] === code[at + 1]) continue;
			const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
			const decoded = await decodeResultCode(swapped);
			expect(decoded.ok, `swap at ${at}`).toBe(false);
			swaps++;
		}
		// Neighbours that are the same character cannot be swapped; nearly all others were.
		expect(swaps).toBeGreaterThan(code.length * 0.9);
	});

	it('in the version digit is a typing mistake, not a newer version', async () => {
		await refused(code.replace('FD1-', 'FD7-'), 'checksum');
	});
});

describe('a code that cannot be read', () => {
	it('is incomplete when empty or cut off', async () => {
		for (const text of ['', '   \n', 'F', 'FD', 'FD1', 'FD1-', 'FD1-AB'])
			await refused(text, 'truncated');
		await refused(undefined as unknown as string, 'truncated');
		for (let keep = 5; keep < code.length; keep += 3) {
			const decoded = await decodeResultCode(code.slice(0, keep));
			expect(decoded.ok).toBe(false);
			expect(['truncated', 'checksum']).toContain(!decoded.ok && decoded.error.reason);
		}
	});

	it('is foreign when it does not start like one', async () => {
		await refused('hello world', 'corrupt');
		await refused('https://example.com/FD1-abc-def', 'corrupt');
	});

	it('comes from a newer version when its version is not 1 and its check agrees', async () => {
		await refused(await resultCodeOf(result, 2), 'version');
		await refused(await resultCodeOf(result, 12), 'version');
	});

	it('is not a Factdeck code when its version never existed (0, 01, 001)', async () => {
		// Each with a check that agrees, so it is not a typing mistake in `FD1-`.
		for (const version of ['0', '01', '001', '0002'])
			await refused(await resultCodeOf(result, version), 'corrupt');
	});

	it('is refused when the score does not match the answers, or the result is not valid', async () => {
		const cases: unknown[] = [
			{ ...result, score: result.score + 1 },
			{ ...result, score: result.score - 1 },
			{ ...result, total: result.total + 1 },
			{ ...result, score: -1 },
			{ ...result, score: 1.5 },
			{ ...result, v: 2 },
			{ ...result, name: '' },
			{ ...result, name: '   ' },
			{ ...result, name: 'x'.repeat(61) },
			{ ...result, name: 'Ada\u0000' },
			{ ...result, title: 'x'.repeat(121) },
			{ ...result, quizId: '__proto__' },
			{ ...result, quizId: '' },
			{ ...result, finishedAt: 'yesterday' },
			{ ...result, finishedAt: -1 },
			{ ...result, answers: 'all of them' },
			{ ...result, answers: [{ q: 'a', ok: 'yes', given: '' }], score: 1, total: 1 },
			{ ...result, answers: [{ q: 'a'.repeat(201), ok: true, given: '' }], score: 1, total: 1 },
			{ ...result, answers: [{ q: 'a', ok: true, given: 'x'.repeat(301) }], score: 1, total: 1 },
			{ ...result, answers: [{ q: 'a', ok: true, given: '', extra: 1 }], score: 1, total: 1 },
			{
				...result,
				answers: Array.from({ length: 101 }, (_, i) => ({ q: `q${i}`, ok: true, given: '' })),
				score: 101,
				total: 101
			},
			{ ...result, extra: true },
			[result],
			'text'
		];
		for (const value of cases) await refused(await resultCodeOf(value), 'invalid');
	});

	it('is refused when it has __proto__ keys, and pollutes nothing', async () => {
		const json = JSON.stringify(result);
		for (const hostile of [
			json.replace('{', '{"__proto__":{"polluted":true},'),
			json.replace('"answers":[{', '"answers":[{"constructor":{"prototype":{"polluted":true}},')
		]) {
			expect(hostile).not.toBe(json);
			await refused(await resultCodeOf(hostile, 1, true), 'invalid');
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('is damaged when it carries something that is not a compressed result', async () => {
		await refused(withCheck(`FD1-${'QUJDREVG'.repeat(4)}`), 'corrupt');
		await refused(await resultCodeOf('not json', 1, true), 'corrupt');
	});

	it('is too long before anything is decoded, and a bomb inside a valid code stops at its cap', async () => {
		await refused(`FD1-${'A'.repeat(MAX_RESULT_CODE_CHARS)}-AAAAAA`, 'too-large');
		const { value, ms } = await measure(() => decodeResultCode('F'.repeat(10_000_000)));
		expect(value.ok || value.error.reason).toBe('too-large');
		expect(ms).toBeLessThan(budget(100));
		const bomb = withCheck(`FD1-${toBase64Url(await spaceBomb(2 * 1024 * 1024))}`);
		expect(bomb.length).toBeLessThan(MAX_RESULT_CODE_CHARS);
		const timed = await measure(() => refused(bomb, 'too-large'));
		expect(timed.ms).toBeLessThan(budget(1000));
	});
});

describe('making a code', () => {
	it('refuses a result whose score does not match its answers', async () => {
		const error = await encodeResultCode({ ...result, score: result.score + 1 }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ShareError);
		expect((error as ShareError).reason).toBe('invalid');
		expect((error as ShareError).message).toMatch(/score does not match/);
	});

	it('trims the name, as the decoder would', async () => {
		const decoded = await decodeResultCode(await encodeResultCode({ ...result, name: '  Ada  ' }));
		expect(decoded.ok && decoded.result.name).toBe('Ada');
	});

	it('shortens long typed answers rather than make a code too long to use', async () => {
		let seed = 1;
		const noise = () =>
			Array.from({ length: 300 }, () => {
				seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
				return BASE64URL_ALPHABET[seed % 64];
			}).join('');
		const long: StudentResult = {
			...result,
			answers: Array.from({ length: 100 }, (_, i) => ({
				q: `q${i}`,
				ok: i % 2 === 0,
				given: noise()
			})),
			score: 50,
			total: 100
		};
		const made = await encodeResultCode(long);
		expect(made.length).toBeLessThanOrEqual(MAX_RESULT_CODE_CHARS);
		const decoded = await decodeResultCode(made);
		if (!decoded.ok) expect.fail(decoded.error.message);
		expect(decoded.result.answers.map((a) => [a.q, a.ok])).toEqual(
			long.answers.map((a) => [a.q, a.ok])
		);
		expect(decoded.result.answers.every((a) => a.given.length <= 40)).toBe(true);
		expect(decoded.result.score).toBe(50);
	});
});

describe('decoding never throws or hangs', () => {
	const timed = async (text: string) => {
		const start = performance.now();
		const decoded = await decodeResultCode(text);
		expect(performance.now() - start).toBeLessThan(budget(500));
		if (!decoded.ok) expect(decoded.error).toBeInstanceOf(ShareError);
		return decoded;
	};

	it('on random text', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: anyCharacter, maxLength: 300 }),
					fc
						.string({ unit: fc.constantFrom(...BASE64URL_ALPHABET), maxLength: 600 })
						.map((s) => `FD1-${s}`)
				),
				async (text) => {
					expect((await timed(text)).ok).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('on random edits of a real code: refused, or (whitespace only) the very same result', async () => {
		const edit = fc.record({
			at: fc.nat({ max: code.length }),
			remove: fc.nat({ max: 2 }),
			insert: fc.string({ unit: fc.constantFrom(...`${BASE64URL_ALPHABET} \n.é`), maxLength: 3 })
		});
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
				const mutated = edits.reduce(
					(text, { at, remove, insert }) => text.slice(0, at) + insert + text.slice(at + remove),
					code
				);
				const decoded = await timed(mutated);
				if (decoded.ok) {
					expect(mutated.replace(/\s+/g, '')).toBe(code);
					expect(decoded.result).toEqual(result);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
