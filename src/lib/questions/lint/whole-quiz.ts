/**
 * Class 6, over a whole quiz: near-copies (two questions on one fact, or on one source sentence,
 * give each other away and make one flaw cost twice) and true-or-false keys so lopsided that
 * answering "false" every time scores well.
 */
import type { Question } from '../types.ts';
import type { QuizRule } from './finding.ts';

export interface QuizFinding {
	rule: QuizRule;
	message: string;
	/** The questions concerned, by id. */
	questions: string[];
}

/** The share of true/false questions whose answer is "true", or undefined with none. */
export function trueShare(questions: readonly Question[]): number | undefined {
	const tf = questions.filter((q) => q.type === 'true-false');
	return tf.length ? tf.filter((q) => q.answer === 'true').length / tf.length : undefined;
}

/** True/false answers between 40 and 60 % true, once there are enough to count (five). */
export function trueFalseBalance(questions: readonly Question[]): QuizFinding[] {
	const tf = questions.filter((q) => q.type === 'true-false');
	const share = trueShare(tf);
	if (share === undefined || tf.length < 5 || (share >= 0.4 && share <= 0.6)) return [];
	return [
		{
			rule: 'true-false-balance',
			message: `${Math.round(share * 100)} % of ${tf.length} true-or-false answers are “true”`,
			questions: tf.map((q) => q.id)
		}
	];
}

/** Two questions of one quiz on the same fact or the same source sentence. */
export function nearCopies(quiz: readonly Question[]): QuizFinding[] {
	const out: QuizFinding[] = [];
	const byFact = new Map<string, string>();
	const bySource = new Map<string, string>();
	for (const q of quiz) {
		const twin =
			q.factIds.map((id) => byFact.get(id)).find((id) => id !== undefined) ??
			(q.type === 'matching' ? undefined : bySource.get(q.source));
		if (twin !== undefined)
			out.push({
				rule: 'near-copies',
				message: `${twin} and ${q.id} ask about the same fact`,
				questions: [twin, q.id]
			});
		for (const id of q.factIds) byFact.set(id, q.id);
		if (q.type !== 'matching') bySource.set(q.source, q.id);
	}
	return out;
}

export function lintQuiz(quiz: readonly Question[]): QuizFinding[] {
	return [...nearCopies(quiz), ...trueFalseBalance(quiz)];
}
