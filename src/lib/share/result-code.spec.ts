import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compress, ShareError, toBase64Url } from './codec.ts';
import {
	decodeResultCode,
	encodeResultCode,
	formatResultCode,
	type StudentResult
} from './result-code.ts';

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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('result codes', () => {
	it('round-trip, and tolerate spaces, line breaks and grouping', async () => {
		const code = await encodeResultCode(result);
		expect(code).toMatch(/^FD1-[A-Za-z0-9_-]+-[A-Za-z0-9_-]{6}$/);
		expect(await decodeResultCode(code)).toEqual({ ok: true, result });
		expect(await decodeResultCode(`  ${formatResultCode(code)}\n`)).toEqual({ ok: true, result });
		expect(await decodeResultCode(code.replace(/(.{20})/g, '$1\r\n'))).toEqual({
			ok: true,
			result
		});
	});

	it('catch every single-character typing mistake, anywhere in the code', async () => {
		const code = await encodeResultCode(result);
		let tried = 0;
		for (let at = 0; at < code.length; at++)
			for (const char of ALPHABET) {
				if (char === code[at]) continue;
				const typo = code.slice(0, at) + char + code.slice(at + 1);
				const decoded = await decodeResultCode(typo);
				expect(decoded.ok, `position ${at} → ${char}`).toBe(false);
				tried++;
			}
		expect(tried).toBeGreaterThan(code.length * 60);
	});

	it('catch swapped neighbours', async () => {
		const code = await encodeResultCode(result);
		for (let at = 0; at < code.length - 1; at++) {
			if (code[at] === code[at + 1]) continue;
			const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
			expect((await decodeResultCode(swapped)).ok, `swap at ${at}`).toBe(false);
		}
	});

	it('say plainly what is wrong', async () => {
		const code = await encodeResultCode(result);
		const typo = await decodeResultCode(
			code.slice(0, 10) + (code[10] === 'x' ? 'y' : 'x') + code.slice(11)
		);
		expect(typo.ok || typo.error.reason).toBe('checksum');
		expect(typo.ok || typo.error.message).toMatch(/typing mistake/);
		const newer = await decodeResultCode(code.replace('FD1-', 'FD2-'));
		expect(newer.ok || newer.error.reason).toBe('version');
		const cut = await decodeResultCode(code.slice(0, 5));
		expect(cut.ok || cut.error.reason).toMatch(/truncated|checksum/);
		const foreign = await decodeResultCode('hello world');
		expect(foreign.ok || foreign.error.reason).toBe('corrupt');
	});

	it('refuse a result whose score does not match its answers', async () => {
		const code = await encodeResultCode({ ...result, score: 3 });
		const decoded = await decodeResultCode(code);
		expect(decoded.ok || decoded.error.reason).toBe('invalid');
	});

	it('refuse oversized and bomb codes', async () => {
		const huge = await decodeResultCode(`FD1-${'A'.repeat(5000)}-AAAAAA`);
		expect(huge.ok || huge.error.reason).toBe('too-large');
		const bomb = toBase64Url(await compress(' '.repeat(5_000_000)));
		expect(bomb.length).toBeLessThan(8000);
		const decoded = await decodeResultCode(`FD1-${bomb}-AAAAAA`);
		expect(decoded.ok).toBe(false);
	});

	it('never throw on random or mutated input', async () => {
		const code = await encodeResultCode(result);
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
				const decoded = await decodeResultCode(text);
				expect(decoded.ok === false && decoded.error instanceof ShareError).toBe(true);
			}),
			{ numRuns: 300 }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: code.length }),
				fc.string({ maxLength: 4 }),
				async (at, insert) => {
					const mutated = code.slice(0, at) + insert + code.slice(at);
					const decoded = await decodeResultCode(mutated);
					if (decoded.ok) expect(decoded.result).toEqual(result);
				}
			),
			{ numRuns: 300 }
		);
	});
});
