import { describe, expect, it } from 'vitest';
import { shortQuizNote } from './quiz-assembly.ts';
import { QUESTION_TYPES } from './types.ts';

// Issue 20 (11): a quiz of 10 that gave 8 said nothing about the missing two.
describe('a quiz shorter than asked', () => {
	it('says nothing when it has every question asked for', () => {
		expect(shortQuizNote(10, 10)).toBeUndefined();
		expect(shortQuizNote(5, 5, ['cloze'])).toBeUndefined();
	});

	it('names the kinds chosen, or the one-per-fact rule when every kind is in', () => {
		expect(shortQuizNote(10, 6, ['who-said'])).toBe(
			'This deck has only 6 questions of this kind, so this quiz has 6, not 10.'
		);
		expect(shortQuizNote(10, 8, ['who-said', 'matching'])).toBe(
			'This deck has only 8 questions of these kinds, so this quiz has 8, not 10.'
		);
		for (const types of [[], [...QUESTION_TYPES]])
			expect(shortQuizNote(20, 8, types)).toBe(
				'This deck has only 8 questions (one per fact at most), so this quiz has 8, not 20.'
			);
	});

	it('counts one question, and none, in plain words', () => {
		expect(shortQuizNote(10, 1, ['numeric'])).toBe(
			'This deck has only 1 question of this kind, so this quiz has 1, not 10.'
		);
		expect(shortQuizNote(10, 0, ['numeric'])).toBe('This deck has no questions of this kind.');
	});
});
