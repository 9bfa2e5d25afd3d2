import { describe, expect, it } from 'vitest';
import {
	contextOf,
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed,
	whoSaid
} from './test-deck.ts';
import { grammarProblem, ungrammatical } from './ungrammatical.ts';

const deck = makeDeck(
	[
		{ id: 'treasury', kind: 'organisation', name: 'Treasury' },
		{ id: 'environment-agency', kind: 'organisation', name: 'Environment Agency' },
		{ id: 'home-office', kind: 'organisation', name: 'Home Office' },
		{ id: 'met-office', kind: 'organisation', name: 'Met Office' },
		{ id: 'gemma-thorne', kind: 'person', name: 'Gemma Thorne' },
		{ id: 'ray-dunn', kind: 'person', name: 'Ray Dunn' },
		{ id: 'lee-hart', kind: 'person', name: 'Lee Hart' },
		{ id: 'jo-kerr', kind: 'person', name: 'Jo Kerr' }
	],
	[
		{
			id: 'spokesman',
			statement: 'A Treasury spokesman confirmed the figures.',
			slots: [{ id: 'who', kind: 'organisation', answer: 'Treasury', entity: 'treasury' }]
		},
		{
			id: 'reopened',
			statement: 'The bridge reopened in May',
			slots: [{ id: 'month', kind: 'date', answer: 'May' }]
		},
		{
			id: 'mp',
			statement: 'An MP for Hexham asked for an hour of debate.',
			slots: [{ id: 'place', kind: 'place', answer: 'Hexham' }]
		},
		{
			id: 'quote',
			statement: 'Gemma Thorne called the result “unacceptable”.',
			quote: { speaker: 'gemma-thorne', text: 'This result is unacceptable.' },
			slots: [{ id: 'word', kind: 'phrase', answer: 'unacceptable' }]
		}
	]
);
const context = contextOf(deck);
const lint = ungrammatical;

describe('grammarProblem', () => {
	it('finds what a teacher would correct', () => {
		expect(grammarProblem('The the bridge reopened.')).toMatch(/repeats a word/);
		expect(grammarProblem('A Environment Agency spokesman spoke.')).toMatch(/should be “an/);
		expect(grammarProblem('An Treasury spokesman spoke.')).toMatch(/should be “a/);
		expect(grammarProblem('She called it “unacceptable.')).toMatch(/quotation marks/);
		expect(grammarProblem('She called it "unacceptable.')).toMatch(/quotation marks/);
		expect(grammarProblem('The bridge (built in 1904 reopened.')).toMatch(/brackets/);
		expect(grammarProblem('the bridge reopened.')).toMatch(/lower case/);
		expect(grammarProblem('The bridge reopened .')).toMatch(/space before/);
		expect(grammarProblem('The bridge  reopened.')).toMatch(/double space/);
	});

	it('lets correct English pass', () => {
		for (const text of [
			'An MP asked for an hour of debate.',
			'A European university and a one-off grant.',
			'She said that that was final.',
			'She called it “unacceptable”.',
			'_____ reopened the bridge.',
			'The bridge reopened in _____.'
		])
			expect(grammarProblem(text), text).toBeUndefined();
	});
});

describe('ungrammatical', () => {
	describe('good questions', () => {
		it('well-formed statements, blanks and wrong options', () => {
			const { fact, slot } = factSlot(deck, 'spokesman');
			expect(lint(trueStatement(fact), context)).toEqual([]);
			expect(lint(typed(fact, slot), context)).toEqual([]);
			expect(
				lint(multipleChoice(fact, slot, ['Home Office', 'Met Office', 'Cabinet Office']), context)
			).toEqual([]);
			const mp = factSlot(deck, 'mp');
			expect(lint(falseStatement(mp.fact, mp.slot, 'Alnwick'), context)).toEqual([]);
		});

		it('who said it, ending with a question mark after the quotation', () => {
			const { fact } = factSlot(deck, 'quote');
			expect(
				lint(whoSaid(fact, 'Gemma Thorne', ['Ray Dunn', 'Lee Hart', 'Jo Kerr']), context)
			).toEqual([]);
			expect(lint(trueStatement(fact), context)).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('“the the”', () => {
			const { fact, slot } = factSlot(deck, 'reopened');
			const q = typed(fact, slot, { prompt: 'The the bridge reopened in _____.' });
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/repeats/);
		});

		it('“a Environment Agency” from a wrong option', () => {
			const { fact, slot } = factSlot(deck, 'spokesman');
			const findings = lint(
				multipleChoice(fact, slot, ['Home Office', 'Environment Agency', 'Met Office']),
				context
			);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([
				['ungrammatical', 'Environment Agency']
			]);
		});

		it('unbalanced quotation marks', () => {
			const { fact, slot } = factSlot(deck, 'quote');
			const q = typed(fact, slot, { prompt: 'Gemma Thorne called the result “_____.' });
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/quotation marks/);
		});

		it('a lower-case start', () => {
			const { fact, slot } = factSlot(deck, 'spokesman');
			const q = typed(fact, slot, { prompt: 'a _____ spokesman confirmed the figures.' });
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/lower case/);
		});

		it('no full stop', () => {
			const { fact, slot } = factSlot(deck, 'reopened');
			for (const q of [trueStatement(fact), typed(fact, slot)]) {
				const findings = lint(q, context);
				expect(
					findings.map((f) => f.rule),
					q.question.type
				).toEqual(['ungrammatical']);
				expect(findings[0].message).toMatch(/full stop/);
				expect(findings[0].option).toBeUndefined();
			}
		});
	});
});
