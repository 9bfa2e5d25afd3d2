/**
 * Quiz assembly: N questions from a deck's full question set, with a mix of types and never two
 * on the same fact, fully determined by the seed.
 */
import type { Deck } from '../content/deck-schema.ts';
import { randomFrom, shuffled } from './random.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

export interface QuizSpec {
	seed: number;
	n: number;
	/** Which kinds of question; all when empty or missing. */
	types?: QuestionType[];
}

export const MAX_QUIZ_QUESTIONS = 100;

/** How much each fact of a deck carries its article (generated decks say; curated facts all do). */
export function factImportance(deck: Deck): (factId: string) => number {
	const byId = new Map(deck.facts.map((f) => [f.id, f.importance ?? 1]));
	return (id) => byId.get(id) ?? 1;
}

/**
 * N questions, never two on one fact or one source sentence (they would give each other away),
 * the kinds of question taken in turn, the facts that carry the article more likely first, and
 * true/false answers kept even. Fully determined by the seed (and the deck's importance).
 */
export function assembleQuiz(
	questions: Question[],
	spec: QuizSpec,
	importance: (factId: string) => number = () => 1
): Question[] {
	const wanted = new Set(spec.types?.length ? spec.types : QUESTION_TYPES);
	const random = randomFrom(spec.seed, 'quiz');
	const byType = new Map<QuestionType, Question[]>();
	for (const type of QUESTION_TYPES) {
		if (!wanted.has(type)) continue;
		const ofType = questions.filter((q) => q.type === type);
		if (!ofType.length) continue;
		// Weighted random order: a fact twice as important is about twice as likely to come first.
		const keyed = shuffled(ofType, random).map((q) => ({
			q,
			key: random() ** (1 / Math.max(0.05, importance(q.factId)))
		}));
		keyed.sort((a, b) => b.key - a.key);
		byType.set(
			type,
			keyed.map((k) => k.q)
		);
	}
	const order = shuffled([...byType.keys()], random);
	const usedFacts = new Set<string>();
	const usedSources = new Set<string>();
	const picked: Question[] = [];
	let trueCount = 0;
	let falseCount = 0;
	const target = Math.max(0, Math.min(spec.n, MAX_QUIZ_QUESTIONS));
	const free = (q: Question) =>
		q.factIds.every((id) => !usedFacts.has(id)) &&
		(q.type === 'matching' || !usedSources.has(q.source));
	let progress = true;
	while (picked.length < target && progress) {
		progress = false;
		for (const type of order) {
			if (picked.length >= target) break;
			const queue = byType.get(type) ?? [];
			let at = queue.findIndex(free);
			if (type === 'true-false' && at >= 0) {
				// Keep the answers even: the next statement of the kind there are fewer of, if any.
				const want = trueCount > falseCount ? 'false' : trueCount < falseCount ? 'true' : undefined;
				const better =
					want === undefined ? -1 : queue.findIndex((q) => free(q) && q.answer === want);
				if (better >= 0) at = better;
			}
			if (at < 0) continue;
			const [question] = queue.splice(at, 1);
			question.factIds.forEach((id) => usedFacts.add(id));
			if (question.type !== 'matching') usedSources.add(question.source);
			if (question.type === 'true-false') {
				if (question.answer === 'true') trueCount++;
				else falseCount++;
			}
			picked.push(question);
			progress = true;
		}
	}
	return shuffled(picked, random);
}

/**
 * Why a quiz has fewer questions than asked (never two on one fact, so a deck runs out), or
 * undefined when it has them all: a quiz of 10 that quietly gives 6 looks broken.
 */
export function shortQuizNote(
	asked: number,
	got: number,
	types: readonly QuestionType[] = []
): string | undefined {
	if (got >= asked) return undefined;
	const some = types.length > 0 && types.length < QUESTION_TYPES.length;
	const kinds = !some ? '' : types.length === 1 ? ' of this kind' : ' of these kinds';
	const has = got === 0 ? 'no questions' : got === 1 ? 'only 1 question' : `only ${got} questions`;
	return got === 0
		? `This deck has ${has}${kinds}.`
		: `This deck has ${has}${kinds}${some ? '' : ' (one per fact at most)'}, so this quiz has ${got}, not ${asked}.`;
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
