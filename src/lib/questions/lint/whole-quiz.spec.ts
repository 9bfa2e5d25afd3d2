import { describe, expect, it } from 'vitest';
import type { Question } from '../types.ts';
import { lintQuiz, nearCopies, trueFalseBalance, trueShare } from './whole-quiz.ts';
import { QUIZ_RULES } from './finding.ts';
import {
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed
} from './test-deck.ts';

const years = [1901, 1912, 1923, 1934, 1945, 1956, 1967, 1978, 1989, 1999, 2004, 2015];
const deck = makeDeck(
	[],
	[
		...years.map((year, i) => ({
			id: `event-${i}`,
			statement: `Event ${i + 1} took place in ${year}.`,
			slots: [{ id: 'year', kind: 'date' as const, answer: String(year) }]
		})),
		{
			id: 'opened',
			statement: 'The bridge opened in 1928.',
			source: ['The bridge opened in 1928 and cost £1.2 million.'],
			slots: [{ id: 'year', kind: 'date', answer: '1928' }]
		},
		{
			id: 'cost',
			statement: 'The bridge cost £1.2 million.',
			source: ['The bridge opened in 1928 and cost £1.2 million.'],
			slots: [{ id: 'cost', kind: 'number', answer: '£1.2 million', value: 1.2, unit: 'GBP m' }]
		}
	]
);

const question = (id: string) => factSlot(deck, id);
/** A true-or-false question on each of the first n events, `trues` of them keyed true. */
function trueFalse(n: number, trues: number): Question[] {
	return Array.from({ length: n }, (_, i) => {
		const { fact, slot } = question(`event-${i}`);
		return i < trues
			? trueStatement(fact).question
			: falseStatement(fact, slot, String(years[i] + 3)).question;
	});
}

describe('nearCopies', () => {
	it('finds two questions on the same fact', () => {
		const { fact, slot } = question('event-0');
		const mc = multipleChoice(fact, slot, ['1911', '1921', '1931']).question;
		const cloze = typed(fact, slot).question;
		const other = typed(question('event-1').fact, question('event-1').slot).question;
		const findings = nearCopies([mc, other, cloze]);
		expect(findings).toHaveLength(1);
		expect(findings[0].rule).toBe('near-copies');
		expect(findings[0].questions).toEqual([mc.id, cloze.id]);
	});

	it('finds two questions on the same source sentence', () => {
		const opened = typed(question('opened').fact, question('opened').slot).question;
		const cost = typed(question('cost').fact, question('cost').slot).question;
		expect(opened.factId).not.toBe(cost.factId);
		const findings = nearCopies([opened, cost]);
		expect(findings.map((f) => [f.rule, f.questions])).toEqual([
			['near-copies', [opened.id, cost.id]]
		]);
	});

	it('finds nothing in a quiz of different facts and sentences', () => {
		const quiz = [0, 1, 2, 3].map((i) => {
			const { fact, slot } = question(`event-${i}`);
			return typed(fact, slot).question;
		});
		quiz.push(typed(question('opened').fact, question('opened').slot).question);
		expect(nearCopies(quiz)).toEqual([]);
	});
});

describe('trueFalseBalance', () => {
	it('finds 8 of 10 true-or-false answers “true”', () => {
		const quiz = trueFalse(10, 8);
		expect(trueShare(quiz)).toBe(0.8);
		const findings = trueFalseBalance(quiz);
		expect(findings).toHaveLength(1);
		expect(findings[0].rule).toBe('true-false-balance');
		expect(findings[0].message).toMatch(/80 % of 10/);
		expect(findings[0].questions).toEqual(quiz.map((q) => q.id));
	});

	it('finds 2 of 10 “true” too (answering “false” every time scores well)', () => {
		expect(trueFalseBalance(trueFalse(10, 2)).map((f) => f.rule)).toEqual(['true-false-balance']);
	});

	it('accepts a balanced key, and too few questions to count', () => {
		expect(trueFalseBalance(trueFalse(10, 5))).toEqual([]);
		expect(trueFalseBalance(trueFalse(10, 4))).toEqual([]);
		expect(trueFalseBalance(trueFalse(10, 6))).toEqual([]);
		expect(trueFalseBalance(trueFalse(4, 4))).toEqual([]);
		expect(trueShare([])).toBeUndefined();
	});

	it('counts only true-or-false questions', () => {
		const { fact, slot } = question('opened');
		const quiz = [...trueFalse(6, 3), typed(fact, slot).question];
		expect(trueShare(quiz)).toBe(0.5);
		expect(trueFalseBalance(quiz)).toEqual([]);
	});
});

describe('lintQuiz', () => {
	it('runs both quiz rules', () => {
		const quiz = trueFalse(10, 8);
		const { fact, slot } = question('event-0');
		quiz.push(typed(fact, slot).question);
		const rules = lintQuiz(quiz).map((f) => f.rule);
		expect(rules.toSorted()).toEqual([...QUIZ_RULES].toSorted());
	});

	it('finds nothing in a fine quiz', () => {
		expect(lintQuiz(trueFalse(10, 5))).toEqual([]);
	});
});
