/**
 * Quiz links come from outside: they may be cut off, damaged, from a newer version, huge, crafted
 * or schema-invalid. Every case ends in a specific, clear refusal (never a throw, never a hang);
 * a valid link round-trips exactly.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BASE64URL_ALPHABET, decompress, ShareError, toBase64Url } from './codec.ts';
import {
	decodeSharedQuiz,
	encodeSharedQuiz,
	MAX_LINK_PAYLOAD_CHARS,
	MAX_QUIZ_JSON_BYTES,
	OVERSIZED_FRAGMENT,
	SharedQuizSchema
} from './shared-quiz.ts';
import { linkOf, measure, spaceBomb } from './share-fixtures.ts';
import { budget } from '../../../tests/support/fuzz.ts';
import { byType, quiz, reidentified, withoutId, withQuestion } from './shared-quiz-samples.ts';

const MESSAGE = {
	truncated: /incomplete — it may have been cut off when it was copied\. Ask for the link again/,
	corrupt: /damaged/,
	'too-large': /too large/,
	version: /newer version of Factdeck\. Update the app \(reload it\)/,
	invalid: /does not hold a quiz/
} as const;

async function refused(text: string, reason: keyof typeof MESSAGE): Promise<ShareError> {
	const result = await decodeSharedQuiz(text);
	expect(result.ok, `expected ${reason} for ${String(text).slice(0, 60)}…`).toBe(false);
	const { error } = result as { error: ShareError };
	expect(error).toBeInstanceOf(ShareError);
	expect(error.reason).toBe(reason);
	expect(error.message).toMatch(MESSAGE[reason]);
	return error;
}

describe('a link that cannot be opened', () => {
	it('is incomplete when empty or missing its data', async () => {
		for (const text of ['', '#', ' ', '1', '#1', '1.', '#1.']) await refused(text, 'truncated');
		await refused(undefined as unknown as string, 'truncated');
	});

	it('is incomplete when cut off anywhere', async () => {
		const link = await encodeSharedQuiz(quiz);
		const cuts = [
			3,
			10,
			100,
			1000,
			link.length >> 1,
			link.length - 3,
			link.length - 2,
			link.length - 1
		];
		for (const cut of cuts) await refused(link.slice(0, cut), 'truncated');
	});

	it('is damaged when it holds characters a link never has', async () => {
		const link = await encodeSharedQuiz(quiz);
		for (const char of ['!', '+', '/', '=', ' ', '%', 'é', '\u0000', '😀'])
			await refused(`${link.slice(0, 40)}${char}${link.slice(41)}`, 'corrupt');
		await refused('#1.!!!notbase64', 'corrupt');
		await refused('hello', 'corrupt');
		await refused('https://factdeck.app/shared', 'corrupt');
	});

	it('is damaged when it is valid base64url of something that is not a quiz', async () => {
		await refused(`1.${toBase64Url(new Uint8Array(64).fill(0xff))}`, 'corrupt');
		await refused(`1.${'QUJDREVG'.repeat(20)}`, 'corrupt');
		await refused(await linkOf('this is not JSON', true), 'corrupt');
		await refused(await linkOf('{"v":1,"title":', true), 'corrupt');
	});

	it('is refused, never opened as another quiz, whichever character is changed', async () => {
		const link = await encodeSharedQuiz(quiz);
		const reasons = new Set<string>();
		for (let at = 2; at < link.length; at += 31) {
			const char = BASE64URL_ALPHABET[(BASE64URL_ALPHABET.indexOf(link[at]) + 1 + at) % 64];
			const decoded = await decodeSharedQuiz(link.slice(0, at) + char + link.slice(at + 1));
			if (decoded.ok) expect(decoded.quiz).toEqual(quiz);
			else reasons.add(decoded.error.reason);
		}
		expect([...reasons].every((r) => ['corrupt', 'truncated', 'invalid'].includes(r))).toBe(true);
		expect(reasons).toContain('corrupt');
	});

	it('comes from a newer version when its version is not 1', async () => {
		for (const text of ['2.AAAA', '#2.', '9.abc', '10.xyz', '2']) await refused(text, 'version');
	});

	it('is damaged, not newer, when its version never existed (0, 01, 001)', async () => {
		const link = await encodeSharedQuiz(quiz);
		for (const version of ['0', '01', '001', '00'])
			await refused(link.replace(/^1\./, `${version}.`), 'corrupt');
	});

	it('does not hold a quiz when the JSON fails the schema', async () => {
		const mc = byType('multiple-choice');
		const rest = withoutId(quiz);
		const cases: unknown[] = [
			'just a string',
			[quiz],
			null,
			{ ...quiz, v: 'one' },
			{ ...quiz, v: 2 },
			{ ...quiz, title: 5 },
			{ ...quiz, title: '   ' },
			{ ...quiz, title: 'x'.repeat(121) },
			{ ...quiz, deckId: 'Not An Id' },
			{ ...quiz, questions: 'none' },
			{ ...quiz, questions: [] },
			{ ...quiz, timeLimit: 'ten' },
			{ ...quiz, timeLimit: 0 },
			{ ...quiz, timeLimit: 181 },
			{ ...quiz, timeLimit: 1.5 },
			{ ...quiz, shuffle: 'yes' },
			{ ...quiz, id: 'sq-nothex' },
			{ ...quiz, extra: true },
			{ ...quiz, source: { title: 'BBC', url: 'javascript:alert(1)' } },
			{ ...quiz, source: { title: 'BBC', onclick: 'x' } },
			reidentified({ ...rest, questions: [mc, mc] }),
			reidentified({
				...rest,
				questions: Array.from({ length: 101 }, (_, i) => ({ ...mc, id: `q${i}` }))
			}),
			withQuestion('multiple-choice', (q) => ({ ...q, answer: 'Not an option' })),
			withQuestion('multiple-choice', (q) => ({ ...q, options: [q.answer] })),
			withQuestion('multiple-choice', (q) => ({
				...q,
				options: [...q.options!, 'a', 'b', 'c', 'd', 'e']
			})),
			withQuestion('multiple-choice', (q) => ({
				...q,
				options: [q.answer, q.answer.toUpperCase()]
			})),
			withQuestion('multiple-choice', (q) => ({ ...q, type: 'essay' })),
			withQuestion('multiple-choice', (q) => ({ ...q, prompt: 'x'.repeat(2001) })),
			withQuestion('multiple-choice', (q) => ({ ...q, prompt: 42 })),
			withQuestion('multiple-choice', (q) => ({ ...q, id: '__proto__' })),
			withQuestion('multiple-choice', (q) => ({ ...q, onclick: 'alert(1)' })),
			withQuestion('who-said', (q) => ({ ...q, answer: 'Somebody else' })),
			withQuestion('true-false', (q) => ({ ...q, answer: 'maybe' })),
			withQuestion('cloze', (q) => ({ ...q, key: undefined })),
			withQuestion('cloze', (q) => ({ ...q, key: { ...q.key, accept: Array(51).fill('x') } })),
			withQuestion('numeric', (q) => ({ ...q, key: { ...q.key, value: undefined } })),
			withQuestion('numeric', (q) => ({ ...q, key: { ...q.key, value: '30' } })),
			withQuestion('matching', (q) => ({ ...q, options: q.options!.slice(1) })),
			withQuestion('matching', (q) => ({ ...q, pairs: q.pairs!.slice(0, 1) })),
			withQuestion('matching', (q) => ({ ...q, pairs: q.pairs!.map(([l]) => [l, 'same']) }))
		];
		for (const value of cases) await refused(await linkOf(value), 'invalid');
		// JSON can spell a number too large to be finite.
		const infinite = JSON.stringify(
			withQuestion('numeric', (q) => ({ ...q, key: { ...q.key, value: 12345 } }))
		);
		await refused(
			await linkOf(infinite.replace('"value":12345', '"value":1e999'), true),
			'invalid'
		);
	});

	it('does not hold a quiz when it has __proto__ or constructor keys, and pollutes nothing', async () => {
		const json = JSON.stringify(quiz);
		const hostile = [
			json.replace('{', '{"__proto__":{"polluted":true},'),
			json.replace('"questions":[{', '"questions":[{"__proto__":{"polluted":true},'),
			json.replace('"key":{', '"key":{"constructor":{"prototype":{"polluted":true}},')
		];
		for (const text of hostile) {
			expect(text).not.toBe(json);
			await refused(await linkOf(text, true), 'invalid');
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('is damaged when its content does not match its id (changed after it was made)', async () => {
		await refused(await linkOf({ ...quiz, title: 'Changed after sharing' }), 'corrupt');
		const swapped = { ...quiz, questions: [...quiz.questions].reverse() };
		await refused(await linkOf(swapped), 'corrupt');
	});

	it('is too large when over the length cap, before anything is decoded', async () => {
		await refused(`1.${'A'.repeat(MAX_LINK_PAYLOAD_CHARS)}`, 'too-large');
		await refused(`#1.${'A'.repeat(70_000)}`, 'too-large');
		// Ten million characters that are not even base64url: refused by length, at once.
		const { value, ms } = await measure(() => decodeSharedQuiz(`2.${'!'.repeat(10_000_000)}`));
		expect(value.ok || value.error.reason).toBe('too-large');
		expect(ms).toBeLessThan(budget(100));
	});

	it('is too large when the page cut an oversized fragment before the router saw it', async () => {
		await refused(`#${OVERSIZED_FRAGMENT}`, 'too-large');
		// src/app.html's first script cuts above a limit no real link reaches, to that very text.
		const page = readFileSync('src/app.html', 'utf8');
		const limit = Number(/location\.hash\.length > (\d+)/.exec(page)?.[1]);
		expect(limit).toBeGreaterThan(MAX_LINK_PAYLOAD_CHARS + 1);
		expect(page).toContain(`'#${OVERSIZED_FRAGMENT}'`);
	});

	it('is too large when it inflates past the cap: 10,000 questions, a 1 MB prompt', async () => {
		const many = {
			...quiz,
			questions: Array.from({ length: 10_000 }, (_, i) => ({
				id: `q${i}`,
				type: 'true-false',
				prompt: 'x',
				answer: 'true',
				factId: 'f',
				factIds: ['f'],
				source: '',
				highlight: []
			}))
		};
		const huge = withQuestion('true-false', (q) => ({ ...q, prompt: 'x'.repeat(1024 * 1024) }));
		for (const value of [many, huge]) {
			const link = await linkOf(value);
			expect(link.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
			await refused(link, 'too-large');
			// Below the caps, the schema alone would refuse them too.
			expect(v.safeParse(SharedQuizSchema, value).success).toBe(false);
		}
	});

	it('stops a decompression bomb in well under a second without growing memory', async () => {
		// 50 MB of spaces deflates to ~51 KB, 68,000 base64url characters: over the link cap.
		const bomb50 = await spaceBomb(50 * 1024 * 1024);
		const link50 = `1.${toBase64Url(bomb50)}`;
		expect(link50.length).toBeGreaterThan(MAX_LINK_PAYLOAD_CHARS);
		await refused(link50, 'too-large');
		const direct = await measure(() =>
			decompress(bomb50, MAX_QUIZ_JSON_BYTES).catch((e: unknown) => e)
		);
		expect(direct.value).toBeInstanceOf(ShareError);
		expect((direct.value as ShareError).reason).toBe('too-large');
		expect(direct.ms).toBeLessThan(budget(1000));
		expect(direct.heapGrowth).toBeLessThan(20 * 1024 * 1024);
		expect(direct.bufferGrowth).toBeLessThan(20 * 1024 * 1024);
		// 40 MB fits under the length cap, so the decompression cap is what stops it.
		const link40 = `1.${toBase64Url(await spaceBomb(40 * 1024 * 1024))}`;
		expect(link40.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
		const viaLink = await measure(() => refused(link40, 'too-large'));
		expect(viaLink.ms).toBeLessThan(budget(1000));
		expect(viaLink.heapGrowth).toBeLessThan(20 * 1024 * 1024);
		expect(viaLink.bufferGrowth).toBeLessThan(20 * 1024 * 1024);
	});
});
