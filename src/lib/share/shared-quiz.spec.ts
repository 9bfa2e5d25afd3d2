/**
 * Quiz links come from outside: they may be cut off, damaged, from a newer version, huge, or
 * crafted. Every case ends in a clear, specific refusal; a valid link round-trips exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../content/folder.ts';
import { buildQuestions } from '../questions/engine.ts';
import { QUESTION_TYPES, type Question } from '../questions/types.ts';
import { compress, decompress, ShareError, toBase64Url } from './codec.ts';
import {
	decodeSharedQuiz,
	encodeSharedQuiz,
	MAX_LINK_PAYLOAD_CHARS,
	MAX_QUIZ_JSON_BYTES,
	quizIdentity,
	type SharedQuiz
} from './shared-quiz.ts';

const deck = readDeckFolder('questions/ukraine-security-guarantees');
const all = buildQuestions(deck, 7);
const oneOfEach = QUESTION_TYPES.map((type) => all.find((q) => q.type === type)!);

function quizOf(questions: Question[], extra: Partial<SharedQuiz> = {}): SharedQuiz {
	const rest = {
		v: 1 as const,
		title: 'Year 10 check-in',
		deckId: deck.id,
		deckTitle: deck.title,
		source: { title: deck.source.title },
		timeLimit: 15,
		shuffle: true,
		questions,
		...extra
	};
	return { ...rest, id: quizIdentity(rest) };
}

async function payloadOf(value: unknown): Promise<string> {
	return `1.${toBase64Url(await compress(JSON.stringify(value)))}`;
}

async function refused(text: string) {
	const result = await decodeSharedQuiz(text);
	expect(result.ok).toBe(false);
	return (result as { error: ShareError }).error;
}

describe('shared quiz links', () => {
	it('round-trip a quiz with every question type, edits and hostile-looking text included', async () => {
		const edited = { ...oneOfEach[0], prompt: '<img src=x onerror=alert(1)> Who chairs?' };
		const quiz = quizOf([edited, ...oneOfEach.slice(1)]);
		const link = await encodeSharedQuiz(quiz);
		expect(link).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		const decoded = await decodeSharedQuiz(`#${link}`);
		expect(decoded).toEqual({ ok: true, quiz });
		expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
	});

	it('give the same quiz the same identity on every device, and a changed quiz another', () => {
		const { id, ...rest } = quizOf(oneOfEach);
		expect(quizIdentity({ ...rest })).toBe(id);
		expect(quizIdentity({ ...rest, title: 'Other' })).not.toBe(id);
	});

	it('refuse an empty or cut-off link as incomplete', async () => {
		expect((await refused('')).reason).toBe('truncated');
		expect((await refused('#')).reason).toBe('truncated');
		expect((await refused('1.')).reason).toBe('truncated');
		const link = await encodeSharedQuiz(quizOf(oneOfEach));
		for (const cut of [0.25, 0.5, 0.9, 0.99]) {
			const error = await refused(link.slice(0, Math.floor(link.length * cut)));
			expect(['truncated', 'corrupt']).toContain(error.reason);
			expect(error.message).toMatch(/incomplete|damaged/);
		}
	});

	it('refuse damaged links', async () => {
		const link = await encodeSharedQuiz(quizOf(oneOfEach));
		expect((await refused(`${link.slice(0, 40)}!${link.slice(41)}`)).reason).toBe('corrupt');
		expect((await refused('1.' + 'QUJDREVG'.repeat(20))).reason).toMatch(/corrupt|truncated/);
		expect((await refused('hello')).reason).toBe('corrupt');
		expect((await refused(await payloadOf('just a string'))).reason).toBe('invalid');
		const notJson = `1.${toBase64Url(await compress('{"v":1,'))}`;
		expect((await refused(notJson)).reason).toBe('truncated');
	});

	it('refuse a link from a newer version with a message to update', async () => {
		const error = await refused('2.AAAA');
		expect(error.reason).toBe('version');
		expect(error.message).toMatch(/newer version/);
	});

	it('refuse schema-invalid quizzes, and never let __proto__ through', async () => {
		const good = quizOf(oneOfEach);
		const mc = oneOfEach[0];
		const cases: unknown[] = [
			{ ...good, v: 'one' },
			{ ...good, questions: [] },
			{ ...good, questions: [{ ...mc, answer: 'Not an option' }] },
			{ ...good, questions: [{ ...mc, type: 'essay' }] },
			{ ...good, questions: Array.from({ length: 101 }, () => mc) },
			{ ...good, questions: [{ ...mc, prompt: 'x'.repeat(3000) }] },
			{ ...good, title: '' },
			{ ...good, timeLimit: -5 }
		];
		for (const value of cases)
			expect((await refused(await payloadOf(value))).reason).toBe('invalid');
		const polluted = (await payloadOf(good)).replace('1.', '1.');
		expect((await decodeSharedQuiz(polluted)).ok).toBe(true);
		const hostile = `1.${toBase64Url(await compress(JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},')))}`;
		const result = await decodeSharedQuiz(hostile);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (result.ok) expect(Object.keys(result.quiz)).not.toContain('__proto__');
	});

	it('refuse a quiz whose identity does not match its content (edited after sharing)', async () => {
		const quiz = quizOf(oneOfEach);
		const tampered = { ...quiz, title: 'Changed after sharing' };
		expect((await refused(await payloadOf(tampered))).reason).toBe('corrupt');
	});

	it('refuse links over the length cap before decoding anything', async () => {
		const error = await refused(`1.${'A'.repeat(MAX_LINK_PAYLOAD_CHARS + 1)}`);
		expect(error.reason).toBe('too-large');
	});

	it('stop a 50 MB decompression bomb at the cap, in under a second, without the memory', async () => {
		const bomb = await compress(' '.repeat(50 * 1024 * 1024));
		expect(bomb.byteLength).toBeLessThan(100_000);
		const before = process.memoryUsage();
		const start = performance.now();
		const error = await decompress(bomb, MAX_QUIZ_JSON_BYTES).catch((e: unknown) => e);
		const ms = performance.now() - start;
		const after = process.memoryUsage();
		expect(error).toBeInstanceOf(ShareError);
		expect((error as ShareError).reason).toBe('too-large');
		expect(ms).toBeLessThan(1000);
		expect(
			after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers
		).toBeLessThan(20 * 1024 * 1024);
		// In a link the same bomb is refused too (here by the length cap or the decompression cap).
		const link = `1.${toBase64Url(bomb)}`;
		expect((await refused(link)).reason).toBe('too-large');
	});

	it('never throw, whatever the input (random strings and mutations of a real link)', async () => {
		const quiz = quizOf(oneOfEach.slice(0, 3));
		const link = await encodeSharedQuiz(quiz);
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
				const result = await decodeSharedQuiz(text);
				expect(result.ok === true || result.error instanceof ShareError).toBe(true);
			}),
			{ numRuns: 300 }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: link.length - 1 }),
				fc.constantFrom(...'AZaz09-_.!'),
				async (at, char) => {
					const mutated = link.slice(0, at) + char + link.slice(at + 1);
					const result = await decodeSharedQuiz(mutated);
					// A change in the last character's unused bits decodes to the same quiz: fine.
					if (result.ok) expect(result.quiz).toEqual(quiz);
					else expect(result.error).toBeInstanceOf(ShareError);
				}
			),
			{ numRuns: 300 }
		);
	});
});
