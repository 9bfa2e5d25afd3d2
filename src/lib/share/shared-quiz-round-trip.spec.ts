/**
 * A valid quiz link round-trips exactly, and names its quiz the same way on every device; making a
 * link refuses what decoding would; and decoding never throws or hangs, whatever the text. The
 * links that cannot be opened, each with its clear refusal: shared-quiz.spec.ts.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildQuestions } from '../questions/engine.ts';
import { randomFrom } from '../questions/random.ts';
import { QUESTION_TYPES } from '../questions/types.ts';
import { BASE64URL_ALPHABET, ShareError } from './codec.ts';
import { QuestionSchema } from './question-schema.ts';
import {
	decodeSharedQuiz,
	encodeSharedQuiz,
	MAX_LINK_PAYLOAD_CHARS,
	quizIdentity,
	type SharedQuiz
} from './shared-quiz.ts';
import {
	allQuestions,
	anyCharacter,
	deck,
	questionsOfEveryType,
	sharedQuizOf
} from './share-fixtures.ts';
import { budget } from '../../../tests/support/fuzz.ts';
import { byType, oneOfEach, quiz, reidentified, withQuestion } from './shared-quiz-samples.ts';

const XSS = '<img src=x onerror=alert(1)>';

describe('a shared quiz link', () => {
	it('round-trips a quiz with every question type, a hand-edited prompt and markup as plain text', async () => {
		const edited = { ...byType('multiple-choice'), prompt: `${XSS} Who chairs the coalition?` };
		const original = sharedQuizOf([
			edited,
			...oneOfEach.filter((q) => q !== byType('multiple-choice'))
		]);
		expect(new Set(original.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
		const link = await encodeSharedQuiz(original);
		expect(link).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		for (const text of [link, `#${link}`]) {
			const decoded = await decodeSharedQuiz(text);
			expect(decoded).toEqual({ ok: true, quiz: original });
		}
		const decoded = await decodeSharedQuiz(link);
		expect(decoded.ok && decoded.quiz.questions[0].prompt).toBe(`${XSS} Who chairs the coalition?`);
	});

	it('round-trips a minimal quiz (no source, time limit or order)', async () => {
		const minimal = reidentified({
			v: 1,
			title: 'T',
			deckId: 'd',
			deckTitle: 'D',
			questions: [byType('true-false')]
		});
		expect(await decodeSharedQuiz(await encodeSharedQuiz(minimal))).toEqual({
			ok: true,
			quiz: minimal
		});
	});

	it('can carry every question the engine makes from the curated deck, with any seed', async () => {
		for (const q of buildQuestions(deck, 8))
			expect(v.safeParse(QuestionSchema, q).issues).toBeUndefined();
		for (let at = 0; at < allQuestions.length; at += 100) {
			const shared = sharedQuizOf(allQuestions.slice(at, at + 100));
			expect(await decodeSharedQuiz(await encodeSharedQuiz(shared))).toEqual({
				ok: true,
				quiz: shared
			});
		}
	});

	it('names a quiz the same way on every device, whatever the key order, and differently when it changes', () => {
		const { id, ...rest } = quiz;
		expect(id).toMatch(/^sq-[0-9a-f]{28}$/);
		const reordered = Object.fromEntries(Object.entries(rest).reverse()) as typeof rest;
		expect(quizIdentity(reordered)).toBe(id);
		expect(quizIdentity({ ...rest, timeLimit: undefined })).toBe(
			quizIdentity(
				Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'timeLimit')) as typeof rest
			)
		);
		expect(quizIdentity({ ...rest, title: 'Other' })).not.toBe(id);
		expect(quizIdentity({ ...rest, questions: [...rest.questions].reverse() })).not.toBe(id);
	});
});

describe('making a link', () => {
	it('refuses a quiz the decoder would refuse, saying which question and why', async () => {
		const bad = withQuestion('multiple-choice', (q) => ({
			...q,
			answer: 'Not an option'
		})) as SharedQuiz;
		const at = bad.questions.findIndex((q) => q.answer === 'Not an option') + 1;
		await expect(encodeSharedQuiz(bad)).rejects.toThrow(
			new ShareError(
				'invalid',
				`Question ${at} cannot be shared: has an answer that is not one of its options.`
			)
		);
		const long = withQuestion('cloze', (q) => ({ ...q, prompt: 'x'.repeat(2001) })) as SharedQuiz;
		await expect(encodeSharedQuiz(long)).rejects.toThrow(
			/cannot be shared: its prompt is too long/
		);
		await expect(encodeSharedQuiz({ ...quiz, title: 'Edited' })).rejects.toThrow(
			/changed after it was named/
		);
	});

	it('refuses a quiz too big for a link instead of making one that cannot be opened', async () => {
		// 100 questions with 2,000 characters of incompressible text each.
		const random = randomFrom(7);
		const noise = (n: number) =>
			Array.from({ length: n }, () => BASE64URL_ALPHABET[Math.floor(random() * 64)]).join('');
		const tf = byType('true-false');
		const questions = Array.from({ length: 100 }, (_, i) => ({
			...tf,
			id: `q${i}`,
			prompt: noise(2000)
		}));
		const error = await encodeSharedQuiz(sharedQuizOf(questions)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ShareError);
		expect((error as ShareError).reason).toBe('too-large');
		expect((error as ShareError).message).toMatch(/too long to fit in a link/);
	});

	it('keeps curated quizzes of 10, 20 and 40 questions within a usable link length', async () => {
		const lengths = [];
		for (const n of [10, 20, 40])
			lengths.push(
				`/shared#${await encodeSharedQuiz(sharedQuizOf(questionsOfEveryType(n)))}`.length
			);
		expect(lengths[0]).toBeLessThan(8_000);
		expect(lengths[2]).toBeLessThan(MAX_LINK_PAYLOAD_CHARS / 2);
	});
});

describe('decoding never throws or hangs', () => {
	const timed = async (text: string) => {
		const start = performance.now();
		const result = await decodeSharedQuiz(text);
		expect(performance.now() - start).toBeLessThan(budget(500));
		if (!result.ok) expect(result.error).toBeInstanceOf(ShareError);
		return result;
	};

	it('on random text', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: anyCharacter, maxLength: 300 }),
					fc
						.string({ unit: fc.constantFrom(...`${BASE64URL_ALPHABET}.#`), maxLength: 600 })
						.map((s) => `1.${s}`)
				),
				async (text) => {
					const result = await timed(text);
					expect(result.ok).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('on random edits of a real link: refused, or the very same quiz', async () => {
		const link = await encodeSharedQuiz(sharedQuizOf(oneOfEach.slice(0, 3)));
		const original = (await decodeSharedQuiz(link)) as { ok: true; quiz: SharedQuiz };
		const edit = fc.record({
			at: fc.nat({ max: link.length }),
			remove: fc.nat({ max: 3 }),
			insert: fc.string({ unit: fc.constantFrom(...`${BASE64URL_ALPHABET}.#!é `), maxLength: 3 })
		});
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
				const mutated = edits.reduce(
					(text, { at, remove, insert }) => text.slice(0, at) + insert + text.slice(at + remove),
					link
				);
				const result = await timed(mutated);
				if (result.ok) expect(result.quiz).toEqual(original.quiz);
			}),
			{ numRuns: 300 }
		);
	});
});
