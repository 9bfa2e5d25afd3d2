/** Marks a student's response to any kind of question. One place, used by quizzes and results. */
import { checkTypedAnswer, type CheckResult } from '../answers/check.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import type { Question } from './types.ts';

export type Response =
	| { kind: 'choice'; option: string }
	| { kind: 'typed'; text: string }
	// Maps, not records: an item named `constructor` or `toString` is a key like any other.
	| { kind: 'matching'; pairs: ReadonlyMap<string, string> };

export interface Marked {
	correct: boolean;
	/** The response as text, for the results table and the attempt row. */
	given: string;
	check?: CheckResult;
	/** Matching: which left items were paired right. */
	pairsRight?: ReadonlyMap<string, boolean>;
}

export function markResponse(question: Question, response: Response): Marked {
	switch (response.kind) {
		case 'choice': {
			const given = response.option;
			return { correct: normalizeAnswer(given) === normalizeAnswer(question.answer), given };
		}
		case 'typed': {
			if (!question.key) return { correct: false, given: response.text };
			const check = checkTypedAnswer(response.text, question.key);
			return { correct: check.correct, given: response.text, check };
		}
		case 'matching': {
			const pairs = question.pairs ?? [];
			const pairsRight = new Map(
				pairs.map(([left, right]) => [left, response.pairs.get(left) === right])
			);
			return {
				correct: pairs.length > 0 && [...pairsRight.values()].every(Boolean),
				given: pairs.map(([left]) => `${left} → ${response.pairs.get(left) ?? '—'}`).join('; '),
				pairsRight
			};
		}
	}
}
