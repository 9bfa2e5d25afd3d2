import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { deckMisprints } from '../content/misprints.ts';
import { markResponse } from '../questions/grade.ts';
import { buildQuestions } from '../questions/engine.ts';
import { buildCards } from '../questions/flashcards.ts';
import type { CardTemplate, Question } from '../questions/types.ts';
import { cardSpeech } from './card-speech.ts';
import { feedbackSpeech, questionSpeech } from './question-speech.ts';
import { speakable } from './read-aloud.ts';

const base = { factId: 'f', factIds: ['f'], source: 'The Kyev talks.', highlight: [] };

const card: CardTemplate = {
	...base,
	id: 'f.cloze.city',
	kind: 'cloze',
	front: '_____ is the capital of Ukraine',
	back: 'Kyiv',
	statement: 'Kyiv is the capital of Ukraine.',
	key: { answer: 'Kyiv', accept: [], garbled: ['Kyev'], kind: 'place', rivals: [] },
	misprints: [{ printed: 'Kyev', correct: 'Kyiv' }]
};

describe('speakable', () => {
	it('reads a blank as "blank" and folds spaces', () => {
		expect(speakable('  _____ is the  capital\nof ___ ')).toBe('blank is the capital of blank');
	});
});

describe('a flashcard read aloud', () => {
	it('reads the front with its blank, then the answer and the statement once shown', () => {
		expect(cardSpeech(card, false)).toBe('blank is the capital of Ukraine.');
		expect(cardSpeech(card, true)).toBe('Kyiv. Kyiv is the capital of Ukraine.');
	});

	it('says what the typed answer earned, as the card does', () => {
		const check = { correct: false, expected: 'Kyiv', message: 'The answer is Kyiv.' };
		expect(cardSpeech(card, true, { text: 'Lviv', check })).toBe(
			'Not quite. You typed “Lviv”. The answer is Kyiv. Kyiv. Kyiv is the capital of Ukraine.'
		);
	});

	it('does not read a statement twice when it is the answer', () => {
		expect(
			cardSpeech({ ...card, kind: 'qa', front: 'Q?', back: 'A.', statement: 'A.' }, true)
		).toBe('A.');
	});
});

describe('a quiz question read aloud', () => {
	const mc: Question = {
		...base,
		id: 'q',
		type: 'multiple-choice',
		prompt: 'Which city is the capital of Ukraine?',
		answer: 'Kyiv',
		options: ['Lviv', 'Kyiv', 'Odesa']
	};

	it('reads the choices with their letters', () => {
		expect(questionSpeech(mc)).toBe(
			'Which city is the capital of Ukraine? A, Lviv; B, Kyiv; C, Odesa.'
		);
	});

	it('says true or false first, and a blank as "blank"', () => {
		const tf: Question = {
			...mc,
			type: 'true-false',
			prompt: 'Lviv is the capital',
			answer: 'false'
		};
		expect(questionSpeech(tf)).toBe('True or false? Lviv is the capital.');
		const cloze: Question = { ...mc, type: 'cloze', prompt: '_____ is the capital.', options: [] };
		expect(questionSpeech(cloze)).toBe('blank is the capital.');
	});

	it('names a number’s unit and a matching board’s two columns', () => {
		const numeric: Question = {
			...mc,
			type: 'numeric',
			prompt: 'How long is the border?',
			answer: '1,000',
			key: { answer: '1,000', accept: [], garbled: [], kind: 'number', unit: 'km', rivals: [] }
		};
		expect(questionSpeech(numeric)).toBe('How long is the border? Answer in km.');
		const matching: Question = {
			...mc,
			type: 'matching',
			prompt: 'Match each city to its country.',
			pairs: [
				['Kyiv', 'Ukraine'],
				['Paris', 'France']
			],
			options: ['France', 'Ukraine']
		};
		expect(questionSpeech(matching)).toBe(
			'Match each city to its country. Match 1, Kyiv; 2, Paris. with A, France; B, Ukraine.'
		);
		expect(
			feedbackSpeech(matching, markResponse(matching, { kind: 'matching', pairs: new Map() }))
		).toBe('Not quite. The answer is Kyiv: Ukraine; Paris: France.');
	});

	it('reads the verdict, the answer, the truth and why after an answer', () => {
		const tf: Question = {
			...mc,
			type: 'true-false',
			prompt: 'Lviv is the capital.',
			answer: 'false',
			truth: 'Kyiv is the capital.',
			explanation: 'Since 1991.'
		};
		expect(feedbackSpeech(tf, markResponse(tf, { kind: 'choice', option: 'true' }))).toBe(
			'Not quite. You answered “True”. The answer is False. In fact: Kyiv is the capital. Since 1991.'
		);
		expect(feedbackSpeech(mc, markResponse(mc, { kind: 'choice', option: 'Kyiv' }))).toBe(
			'Correct! The answer is Kyiv.'
		);
	});
});

describe('the curated deck read aloud', () => {
	const deck = readDeckFolder('questions/ukraine-security-guarantees');
	const misprints = deckMisprints(deck);
	// "Kremlin has reiterated" is printed for "The Kremlin has reiterated": the correction may hold it.
	const says = (text: string) =>
		misprints
			.filter((m) => text.replaceAll(m.correct, '').includes(m.printed))
			.map((m) => m.printed);

	it('never says a garbled spelling the article prints', () => {
		expect(misprints.length).toBeGreaterThan(0);
		const cards = buildCards(deck).flatMap((c) => [cardSpeech(c, false), cardSpeech(c, true)]);
		const questions = buildQuestions(deck, 7).flatMap((q) => [
			questionSpeech(q),
			feedbackSpeech(q, markResponse(q, { kind: 'choice', option: q.answer }))
		]);
		expect([...cards, ...questions].flatMap(says)).toEqual([]);
	});
});
