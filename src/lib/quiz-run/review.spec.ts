import { describe, expect, it } from 'vitest';
import { markResponse } from '../questions/grade.ts';
import type { Question } from '../questions/types.ts';
import { answerText, matchingReview } from './review.ts';

const matching: Question = {
	id: 'match.roles.a+b+c',
	type: 'matching',
	prompt: 'Match each person to their role.',
	answer: '',
	pairs: [
		['Ben Wallace', 'Former UK Defence Secretary; a Conservative'],
		['Ed Arnold', 'Research fellow → at RUSI'],
		['John Foreman', 'Former defence attaché in Moscow']
	],
	options: [],
	factId: 'a',
	factIds: ['a'],
	source: '',
	highlight: []
};

describe('matchingReview', () => {
	it('reads back each pair the student made, even with "; " and "→" inside the texts', () => {
		const [w, a, f] = matching.pairs!;
		const { given } = markResponse(matching, {
			kind: 'matching',
			pairs: new Map([
				[w[0], w[1]],
				[a[0], f[1]],
				[f[0], a[1]]
			])
		});
		expect(matchingReview(matching, given)).toEqual([
			{ left: w[0], chosen: w[1], right: w[1], correct: true },
			{ left: a[0], chosen: f[1], right: a[1], correct: false },
			{ left: f[0], chosen: a[1], right: f[1], correct: false }
		]);
	});

	it('shows a pair never made as "—", wrong', () => {
		expect(matchingReview(matching, '').map((p) => [p.chosen, p.correct])).toEqual([
			['—', false],
			['—', false],
			['—', false]
		]);
	});
});

describe('answerText', () => {
	it('writes true/false answers as words and a missing answer as a dash', () => {
		const tf = { ...matching, type: 'true-false' as const, pairs: undefined };
		expect(answerText('true', tf)).toBe('True');
		expect(answerText('false', tf)).toBe('False');
		expect(answerText('', tf)).toBe('—');
		expect(answerText('Odesa', { ...matching, type: 'cloze' })).toBe('Odesa');
	});
});
