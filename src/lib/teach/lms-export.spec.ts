import { describe, expect, it } from 'vitest';
import type { Question } from '../questions/types.ts';
import { QUESTION_TYPES } from '../questions/types.ts';
import { allQuestions } from '../share/share-fixtures.ts';
import { describeExport, describeSkipped, toAiken, toGift } from './lms-export.ts';

const base = { factId: 'f', factIds: ['f'], source: 's', highlight: [] };
const mc: Question = {
	...base,
	id: 'mc',
	type: 'multiple-choice',
	prompt: 'Who chairs the coalition: {the} ~leader~?',
	answer: 'Keir Starmer',
	options: ['Emmanuel Macron', 'Keir Starmer', 'Friedrich Merz']
};
const tf: Question = {
	...base,
	id: 'tf',
	type: 'true-false',
	prompt: 'Kyiv is the capital.',
	answer: 'true'
};
const tfFalse: Question = { ...tf, id: 'tf2', answer: 'false' };
const cloze: Question = {
	...base,
	id: 'cloze',
	type: 'cloze',
	prompt: 'The talks were held in _____ on Tuesday.',
	answer: 'Paris',
	key: {
		answer: 'Paris',
		accept: ['the French capital'],
		garbled: ['Parsi'],
		kind: 'place',
		rivals: []
	}
};
const numeric: Question = {
	...base,
	id: 'num',
	type: 'numeric',
	prompt: 'How many countries took part?',
	answer: '30',
	key: {
		answer: '30',
		accept: [],
		garbled: [],
		kind: 'number',
		value: 30,
		tolerance: 1,
		rivals: []
	}
};
const matching = (n: number): Question => ({
	...base,
	id: `match${n}`,
	type: 'matching',
	prompt: 'Match each leader to their country.',
	answer: '',
	pairs: [
		['Keir Starmer', 'United Kingdom'],
		['Emmanuel Macron', 'France'],
		['Friedrich Merz', 'Germany']
	].slice(0, n) as [string, string][]
});
const whoSaid: Question = {
	...base,
	id: 'who',
	type: 'who-said',
	prompt: 'Who said: "We will stand by Ukraine"?',
	answer: 'Keir Starmer',
	options: ['Keir Starmer', 'Donald Trump']
};

describe('GIFT', () => {
	it('writes every type Factdeck makes, with its answer key', () => {
		const { text, written, skipped } = toGift('Year 10: Ukraine', [
			mc,
			tf,
			tfFalse,
			cloze,
			numeric,
			matching(3),
			whoSaid
		]);
		expect(skipped).toEqual([]);
		expect(written).toBe(7);
		expect(text.split('\n\n')).toEqual([
			'// Year 10\\: Ukraine: a quiz made with Factdeck (GIFT format)',
			'::Q1:: Who chairs the coalition\\: \\{the\\} \\~leader\\~? {~Emmanuel Macron =Keir Starmer ~Friedrich Merz}',
			'::Q2:: Kyiv is the capital. {TRUE}',
			'::Q3:: Kyiv is the capital. {FALSE}',
			'::Q4:: The talks were held in {=Paris =the French capital} on Tuesday.',
			'::Q5:: How many countries took part? {#30:1}',
			'::Q6:: Match each leader to their country. {=Keir Starmer -> United Kingdom =Emmanuel Macron -> France =Friedrich Merz -> Germany}',
			'::Q7:: Who said\\: "We will stand by Ukraine"? {=Keir Starmer ~Donald Trump}\n'
		]);
	});

	it('leaves out a matching question of two pairs, and says why', () => {
		const result = toGift('Quiz', [mc, matching(2)]);
		expect(result.written).toBe(1);
		expect(result.skipped).toEqual([
			{ number: 2, reason: "Moodle's matching questions need 3 pairs or more" }
		]);
		expect(describeSkipped(result, 'GIFT')).toBe(
			"Left out of the GIFT file: question 2 (Moodle's matching questions need 3 pairs or more)."
		);
		expect(describeExport(result, 'GIFT', 'Quiz.gift.txt')).toBe(
			"Saved “Quiz.gift.txt”: 1 question. Left out of the GIFT file: question 2 (Moodle's matching questions need 3 pairs or more)."
		);
		expect(describeExport(toAiken([cloze]), 'Aiken', 'Quiz.aiken.txt')).toMatch(
			/^Nothing to save: no question of this quiz fits the Aiken format\. Left out/
		);
	});

	it('holds a whole quiz of the curated deck: one paragraph per question, braces balanced', () => {
		const questions = allQuestions;
		expect(new Set(questions.map((q) => q.type)).size).toBe(QUESTION_TYPES.length);
		const { text, written, skipped } = toGift('Curated', questions);
		expect(written + skipped.length).toBe(questions.length);
		const paragraphs = text.trim().split('\n\n').slice(1);
		expect(paragraphs).toHaveLength(written);
		for (const p of paragraphs) {
			// Exactly one unescaped answer block per question.
			const unescaped = p.replace(/\\./g, '');
			expect(unescaped.match(/\{/g), p).toHaveLength(1);
			expect(unescaped.match(/\}/g), p).toHaveLength(1);
		}
	});
});

describe('Aiken', () => {
	it('writes multiple choice, true or false and who-said; leaves out the rest, saying why', () => {
		const result = toAiken([mc, tfFalse, cloze, whoSaid, numeric, matching(3)]);
		expect(result.text).toBe(
			[
				'Who chairs the coalition: {the} ~leader~?\nA. Emmanuel Macron\nB. Keir Starmer\nC. Friedrich Merz\nANSWER: B',
				'Kyiv is the capital.\nA. True\nB. False\nANSWER: B',
				'Who said: "We will stand by Ukraine"?\nA. Keir Starmer\nB. Donald Trump\nANSWER: A'
			].join('\n\n') + '\n'
		);
		expect(result.skipped.map((s) => s.number)).toEqual([3, 5, 6]);
		expect(describeSkipped(result, 'Aiken')).toBe(
			'Left out of the Aiken file: questions 3, 5, 6 (Aiken holds only multiple-choice and true-or-false questions).'
		);
	});

	it('puts a question that spans lines on one line', () => {
		const { text } = toAiken([{ ...mc, prompt: 'Who chairs\nthe coalition?' }]);
		expect(text.split('\n')[0]).toBe('Who chairs the coalition?');
	});
});
