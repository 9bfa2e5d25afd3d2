/**
 * The readable quiz link: /quiz/<deck-id>?seed=…&n=…&types=…&title=…&time=…
 * Parsed strictly: anything out of range is refused with a message, never guessed.
 */
import { QUESTION_TYPES, type QuestionType } from '../questions/types.ts';
import { MAX_QUIZ_QUESTIONS } from '../questions/quiz-assembly.ts';

export interface QuizParams {
	seed?: number;
	n: number;
	types: QuestionType[];
	title?: string;
	/** Time limit in minutes. */
	timeLimit?: number;
	/** Each student gets the same questions in their own order. */
	shuffle?: boolean;
}

export const DEFAULT_QUIZ_SIZE = 10;
export const MAX_TITLE_LENGTH = 120;
export const MAX_SEED = 999_999_999;
export const MAX_TIME_LIMIT = 180;

export type ParamsResult = { ok: true; params: QuizParams } | { ok: false; error: string };

function integer(
	value: string | null,
	name: string,
	min: number,
	max: number
): number | string | undefined {
	if (value === null || value === '') return undefined;
	if (!/^\d{1,10}$/.test(value)) return `“${name}” must be a whole number.`;
	const n = Number(value);
	if (n < min || n > max) return `“${name}” must be between ${min} and ${max}.`;
	return n;
}

export function parseQuizParams(search: URLSearchParams): ParamsResult {
	const seed = integer(search.get('seed'), 'seed', 0, MAX_SEED);
	if (typeof seed === 'string') return { ok: false, error: seed };
	const n = integer(search.get('n'), 'n', 1, MAX_QUIZ_QUESTIONS);
	if (typeof n === 'string') return { ok: false, error: n };
	const time = integer(search.get('time'), 'time', 1, MAX_TIME_LIMIT);
	if (typeof time === 'string') return { ok: false, error: time };
	const typeList = (search.get('types') ?? '').split(',').filter(Boolean);
	const unknown = typeList.find((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
	if (unknown !== undefined)
		return { ok: false, error: `Unknown question type “${unknown.slice(0, 40)}”.` };
	const order = search.get('order');
	if (order !== null && order !== 'shuffle' && order !== 'fixed')
		return { ok: false, error: '“order” must be “fixed” or “shuffle”.' };
	const title = search.get('title')?.trim();
	if (title && title.length > MAX_TITLE_LENGTH)
		return { ok: false, error: `The title is longer than ${MAX_TITLE_LENGTH} characters.` };
	return {
		ok: true,
		params: {
			...(seed !== undefined ? { seed } : {}),
			n: n ?? DEFAULT_QUIZ_SIZE,
			types: [...new Set(typeList)] as QuestionType[],
			...(title ? { title } : {}),
			...(time !== undefined ? { timeLimit: time } : {}),
			...(order === 'shuffle' ? { shuffle: true } : {})
		}
	};
}

/** The link's query string, in a fixed order so the same quiz always has the same link. */
export function quizSearch(params: QuizParams & { seed: number }): string {
	const search = new URLSearchParams();
	search.set('seed', String(params.seed));
	search.set('n', String(params.n));
	if (params.types.length) search.set('types', [...params.types].sort().join(','));
	if (params.title) search.set('title', params.title);
	if (params.timeLimit) search.set('time', String(params.timeLimit));
	if (params.shuffle) search.set('order', 'shuffle');
	return search.toString();
}
