import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../questions/types.ts';
import { newTeachQuiz, parseTeachQuiz, sameTeachQuiz, type TeachQuiz } from './teach-quiz.ts';

const kept: TeachQuiz = {
	deckId: 'ukraine-security-guarantees',
	title: 'Year 10 check-in',
	n: 5,
	types: ['multiple-choice', 'cloze'],
	shuffle: true,
	timeLimit: 12,
	seed: 454358760,
	edits: { 'q-1': { prompt: 'Who chaired it?' }, 'q-2': { dropped: true } }
};

describe('the quiz kept on Teach', () => {
	it('starts with ten questions of every kind, in one order, untimed and unedited', () => {
		expect(newTeachQuiz('deck', 'Deck title', 7)).toEqual({
			deckId: 'deck',
			title: 'Deck title',
			n: 10,
			types: [...QUESTION_TYPES],
			shuffle: false,
			timeLimit: 0,
			seed: 7,
			edits: {}
		});
	});

	it('reads back exactly what was kept', () => {
		expect(parseTeachQuiz(structuredClone(kept))).toEqual(kept);
		expect(sameTeachQuiz(parseTeachQuiz(structuredClone(kept)), kept)).toBe(true);
		expect(sameTeachQuiz(kept, { ...kept, n: 6 })).toBe(false);
	});

	it('is nothing without its deck and question set (a new quiz is made instead)', () => {
		for (const raw of [
			undefined,
			null,
			'quiz',
			[],
			{ ...kept, deckId: '' },
			{ ...kept, seed: -1 },
			{ ...kept, seed: 1.5 },
			{ ...kept, seed: 1e12 },
			{ ...kept, seed: '7' }
		])
			expect(parseTeachQuiz(raw)).toBeUndefined();
	});

	it('loses only the field an older or damaged copy got wrong', () => {
		const parsed = parseTeachQuiz({
			...kept,
			n: 0,
			timeLimit: 999,
			title: 'x'.repeat(500),
			shuffle: 'yes',
			types: ['cloze', 'cloze', 'essay']
		});
		expect(parsed).toEqual({
			...kept,
			n: 10,
			timeLimit: 0,
			title: '',
			shuffle: false,
			// An unknown kind of question spoils the list: every kind, as a new quiz has.
			types: [...QUESTION_TYPES]
		});
		expect(parseTeachQuiz({ ...kept, types: ['cloze', 'cloze'] })?.types).toEqual(['cloze']);
	});

	it('keeps each valid edit and drops the others, with no prototype tricks', () => {
		const edits = JSON.parse(
			'{"q-1":{"prompt":"Fine"},"q-2":{"options":"not a list"},"__proto__":{"dropped":true},"bad id":{"dropped":true},"q-3":{"answer":"12","extra":1}}'
		) as unknown;
		const parsed = parseTeachQuiz({ ...kept, edits });
		expect(parsed?.edits).toEqual({ 'q-1': { prompt: 'Fine' }, 'q-3': { answer: '12' } });
		expect(({} as Record<string, unknown>).dropped).toBeUndefined();
		expect(parseTeachQuiz({ ...kept, edits: 'none' })?.edits).toEqual({});
	});
});
