/** Test-only helpers for the share specs (Node). */
import fc from 'fast-check';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { buildQuestions } from '../questions/engine.ts';
import { assembleQuiz } from '../questions/quiz-assembly.ts';
import { QUESTION_TYPES, type Question } from '../questions/types.ts';
import { BASE64URL_ALPHABET, compress, crc32, toBase64Url } from './codec.ts';
import type { StudentResult } from './result-code.ts';
import { quizIdentity, type SharedQuiz } from './shared-quiz.ts';

export const deck = readDeckFolder('questions/ukraine-security-guarantees');
/** Every question the engine makes from the curated deck with seed 7. */
export const allQuestions = buildQuestions(deck, 7);

/**
 * `n` questions as the teacher's page picks them (assembleQuiz, seed 7: every type, no two on one
 * fact), topped up from the rest of the deck when it has too few facts for `n`.
 */
export function questionsOfEveryType(n: number): Question[] {
	const picked = assembleQuiz(allQuestions, { seed: 7, n });
	const more = allQuestions.filter((q) => !picked.includes(q));
	const questions = [...picked, ...more].slice(0, n);
	const types = new Set(questions.map((q) => q.type));
	if (n >= QUESTION_TYPES.length && types.size < QUESTION_TYPES.length)
		throw new Error('a fixture quiz lacks a question type');
	return questions;
}

export function sharedQuizOf(questions: Question[], extra: Partial<SharedQuiz> = {}): SharedQuiz {
	const rest: Omit<SharedQuiz, 'id'> = {
		v: 1,
		title: 'Year 10 check-in',
		deckId: deck.id,
		deckTitle: deck.title,
		source: { title: deck.source.title, publisher: 'BBC', url: 'https://www.bbc.co.uk/news' },
		timeLimit: 15,
		shuffle: true,
		questions,
		...extra
	};
	return { ...rest, id: quizIdentity(rest) };
}

/** A link payload holding any JSON value (or raw text), bypassing the encoder's checks. */
export async function linkOf(value: unknown, raw = false): Promise<string> {
	return `1.${toBase64Url(await compress(raw ? String(value) : JSON.stringify(value)))}`;
}

/** Appends the check to a result code's body (`FD1-…`): written from the format, not the module. */
export function withCheck(body: string): string {
	const crc = crc32(new TextEncoder().encode(body));
	const check = [30, 24, 18, 12, 6, 0].map((shift) => BASE64URL_ALPHABET[(crc >>> shift) & 63]);
	return `${body}-${check.join('')}`;
}

/** A result code holding any JSON value (or raw text), with a correct check. */
export async function resultCodeOf(
	value: unknown,
	version: number | string = 1,
	raw = false
): Promise<string> {
	const json = raw ? String(value) : JSON.stringify(value);
	return withCheck(`FD${version}-${toBase64Url(await compress(json))}`);
}

/** Deflates `size` bytes of spaces through a CompressionStream, a megabyte at a time. */
export async function spaceBomb(size: number): Promise<Uint8Array> {
	const deflate = new CompressionStream('deflate-raw');
	const writer = deflate.writable.getWriter();
	const megabyte = new Uint8Array(1024 * 1024).fill(32);
	const writing = (async () => {
		for (let left = size; left > 0; left -= megabyte.length)
			await writer.write(left >= megabyte.length ? megabyte : megabyte.subarray(0, left));
		await writer.close();
	})();
	const out = new Uint8Array(await new Response(deflate.readable).arrayBuffer());
	await writing;
	return out;
}

/** Measures heap and ArrayBuffer growth and time across one call. */
export async function measure<T>(run: () => Promise<T>) {
	const before = process.memoryUsage();
	const start = performance.now();
	const value = await run();
	const ms = performance.now() - start;
	const after = process.memoryUsage();
	return {
		value,
		ms,
		heapGrowth: after.heapUsed - before.heapUsed,
		bufferGrowth: after.arrayBuffers - before.arrayBuffers
	};
}

/** A realistic result for the first `n` questions of `questionsOfEveryType(n)`: every third answer wrong. */
export function studentResultOf(n: number): StudentResult {
	const questions = questionsOfEveryType(n);
	const answers = questions.map((q, i) => {
		const ok = i % 3 !== 2;
		const wrong =
			q.options?.find((o) => o !== q.answer) ?? (q.answer === 'true' ? 'false' : 'not sure');
		const given = q.pairs
			? q.pairs.map(([left, right]) => `${left} → ${right}`).join('; ')
			: ok
				? q.answer
				: wrong;
		return { q: q.id, ok, given: given.slice(0, 300) };
	});
	return {
		v: 1,
		name: 'Ada Lovelace',
		quizId: sharedQuizOf(questions).id,
		title: 'Year 10 check-in',
		answers,
		score: answers.filter((a) => a.ok).length,
		total: answers.length,
		finishedAt: Date.UTC(2026, 10, 20, 10, 30, 12, 345)
	};
}

/** Any code point, lone surrogates included (fast-check's 'binary' unit costs ~1.5 s to set up). */
export const anyCharacter = fc
	.integer({ min: 0, max: 0x10ffff })
	.map((c) => String.fromCodePoint(c));
