/**
 * For the shared-quiz specs: a quiz of one question of every type, and ways to change it so that
 * only the schema can object (its id recomputed). Test-only (Node).
 */
import { QUESTION_TYPES, type Question } from '../questions/types.ts';
import { quizIdentity, type SharedQuiz } from './shared-quiz.ts';
import { questionsOfEveryType, sharedQuizOf } from './share-fixtures.ts';

export const oneOfEach = questionsOfEveryType(QUESTION_TYPES.length);
export const byType = (type: Question['type']) => oneOfEach.find((q) => q.type === type)!;
export const quiz = sharedQuizOf(oneOfEach);

/** `quiz` with one question replaced by `change(question)`, its id recomputed (so only the schema can object). */
export function withQuestion(type: Question['type'], change: (q: Question) => unknown): unknown {
	const questions = quiz.questions.map((q) => (q.type === type ? change(q) : q));
	const rest = withoutId(quiz);
	return { ...rest, questions, id: quizIdentity({ ...rest, questions: questions as Question[] }) };
}

export function withoutId(shared: SharedQuiz): Omit<SharedQuiz, 'id'> {
	return Object.fromEntries(Object.entries(shared).filter(([key]) => key !== 'id')) as Omit<
		SharedQuiz,
		'id'
	>;
}

export function reidentified(value: Omit<SharedQuiz, 'id'>): SharedQuiz {
	return { ...value, id: quizIdentity(value) };
}
