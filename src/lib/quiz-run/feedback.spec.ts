/**
 * Feedback names the right answer once (issue 20: a right number got "Correct! / Correct: 1,000. /
 * The answer is 1,000 km."), and a true/false prompt is not followed by a "True or false" label.
 */
import { describe, expect, it } from 'vitest';
import { markResponse } from '../questions/grade.ts';
import type { Question } from '../questions/types.ts';
import { allQuestions } from '../share/share-fixtures.ts';
import { correctAnswer, feedbackText, questionKind, questionPrompt } from './feedback.ts';

function first(test: (q: Question) => boolean): Question {
	const question = allQuestions.find(test);
	if (!question) throw new Error('no such question in the fixture deck');
	return question;
}

const kilometres = first((q) => q.type === 'numeric' && q.key?.unit === 'km');
const choice = first((q) => q.type === 'multiple-choice');
const falseStatement = first((q) => q.type === 'true-false' && q.answer === 'false' && !!q.truth);
const person = first(
	(q) => q.type === 'cloze' && q.key?.kind === 'person' && q.key.answer.includes(' ')
);

describe('feedbackText', () => {
	it('names a number typed in another form once, with its unit', () => {
		expect(kilometres.key).toMatchObject({ answer: '1,000', unit: 'km' });
		const text = feedbackText(
			kilometres,
			markResponse(kilometres, { kind: 'typed', text: '1000' })
		);
		expect(text).toEqual({ correct: true, verdict: 'Correct!', answer: 'The answer is 1,000 km.' });
	});

	it('says what a wrong answer was, then the right one, with a space between', () => {
		const wrong = choice.options!.find((o) => o !== choice.answer)!;
		const text = feedbackText(choice, markResponse(choice, { kind: 'choice', option: wrong }));
		expect(text.verdict).toBe('Not quite.');
		expect(text.answer).toBe(`You answered “${wrong}”. The answer is ${choice.answer}.`);
	});

	it('gives a false statement its true version, and writes true and false as words', () => {
		const text = feedbackText(
			falseStatement,
			markResponse(falseStatement, { kind: 'choice', option: 'true' })
		);
		expect(text).toEqual({
			correct: false,
			verdict: 'Not quite.',
			answer: 'You answered “True”. The answer is False.',
			truth: falseStatement.truth
		});
	});

	it('says what was forgiven instead of repeating the answer', () => {
		const name = person.key!.answer;
		const typo = `${name.slice(0, 3)}${name[4]}${name[3]}${name.slice(5)}`;
		const text = feedbackText(person, markResponse(person, { kind: 'typed', text: typo }));
		expect(text).toEqual({
			correct: true,
			verdict: 'Correct!',
			answer: `Accepted with a small typo. The correct spelling is ${name}.`
		});
	});

	it('leaves a matching question to its board', () => {
		const matching = first((q) => q.type === 'matching');
		const pairs = new Map(matching.pairs);
		const text = feedbackText(matching, markResponse(matching, { kind: 'matching', pairs }));
		expect(text).toEqual({ correct: true, verdict: 'Correct!' });
	});
});

describe('questionPrompt and questionKind', () => {
	it('says "true or false" once, in the prompt', () => {
		expect(questionPrompt(falseStatement)).toBe(`True or false? ${falseStatement.prompt}`);
		expect(questionKind(falseStatement)).toBeUndefined();
	});

	it('names the other kinds, with a number’s unit', () => {
		expect(questionPrompt(choice)).toBe(choice.prompt);
		expect(questionKind(choice)).toBe('Multiple choice');
		expect(questionKind(kilometres)).toBe('Numbers · in km');
		expect(correctAnswer(kilometres)).toBe('1,000 km');
	});
});
