/**
 * Quiz assembly: N questions from a deck's full question set, with a mix of types and never two
 * on the same fact, fully determined by the seed.
 */
import { randomFrom, shuffled } from './random.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

export interface QuizSpec {
	seed: number;
	n: number;
	/** Which kinds of question; all when empty or missing. */
	types?: QuestionType[];
}

export const MAX_QUIZ_QUESTIONS = 100;

export function assembleQuiz(questions: Question[], spec: QuizSpec): Question[] {
	const wanted = new Set(spec.types?.length ? spec.types : QUESTION_TYPES);
	const random = randomFrom(spec.seed, 'quiz');
	const byType = new Map<QuestionType, Question[]>();
	for (const type of QUESTION_TYPES) {
		if (!wanted.has(type)) continue;
		const ofType = questions.filter((q) => q.type === type);
		if (ofType.length) byType.set(type, shuffled(ofType, random));
	}
	const order = shuffled([...byType.keys()], random);
	const usedFacts = new Set<string>();
	const picked: Question[] = [];
	const target = Math.max(0, Math.min(spec.n, MAX_QUIZ_QUESTIONS));
	let progress = true;
	while (picked.length < target && progress) {
		progress = false;
		for (const type of order) {
			if (picked.length >= target) break;
			const queue = byType.get(type) ?? [];
			const at = queue.findIndex((q) => q.factIds.every((id) => !usedFacts.has(id)));
			if (at < 0) continue;
			const [question] = queue.splice(at, 1);
			question.factIds.forEach((id) => usedFacts.add(id));
			picked.push(question);
			progress = true;
		}
	}
	return shuffled(picked, random);
}

/** Identifies a quiz: the same deck, seed, size and types give the same key on every device. */
export function quizKey(deckId: string, spec: QuizSpec): string {
	const types = spec.types?.length ? [...spec.types].sort().join(',') : 'all';
	return `${deckId}|${spec.seed}|${spec.n}|${types}`;
}

/** Reads a quiz key back into its deck and spec (for quizzes shared as readable links). */
export function parseQuizKey(key: string): { deckId: string; spec: QuizSpec } | undefined {
	const match = /^([a-z0-9][a-z0-9-]{0,63})\|(\d{1,10})\|(\d{1,3})\|([a-z,-]+)$/.exec(key);
	if (!match) return undefined;
	const types = match[4] === 'all' ? [] : match[4].split(',');
	if (!types.every((t) => (QUESTION_TYPES as readonly string[]).includes(t))) return undefined;
	return {
		deckId: match[1],
		spec: { seed: Number(match[2]), n: Number(match[3]), types: types as QuestionType[] }
	};
}
