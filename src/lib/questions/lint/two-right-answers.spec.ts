import { describe, expect, it } from 'vitest';
import { alsoRight, boundBefore, inComparedClause, twoRightAnswers } from './two-right-answers.ts';
import {
	blamed,
	contextOf,
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	trueStatement
} from './test-deck.ts';

const deck = makeDeck(
	[],
	[
		{
			id: 'crowd',
			statement: 'The concert drew 1,000 people.',
			slots: [{ id: 'crowd', kind: 'number', answer: '1,000', value: 1000 }]
		},
		{
			id: 'front',
			statement: 'The front line is over 600 miles long.',
			slots: [{ id: 'length', kind: 'number', answer: '600', value: 600 }]
		},
		{
			id: 'troops',
			statement: 'About 9,000 troops took part in the exercise.',
			slots: [{ id: 'troops', kind: 'number', answer: '9,000', value: 9000 }]
		},
		{
			id: 'budget',
			statement: 'The scheme will cost under 40 million pounds.',
			slots: [{ id: 'cost', kind: 'number', answer: '40', value: 40 }]
		},
		{
			id: 'nations',
			statement: 'The 30-plus nations met in Paris.',
			slots: [{ id: 'count', kind: 'number', answer: '30', value: 30 }]
		},
		{
			id: 'grant',
			statement: 'The lab received a grant of £480,000.',
			slots: [{ id: 'sum', kind: 'number', answer: '£480,000', value: 480000, unit: 'GBP' }]
		},
		{
			id: 'wells',
			statement: 'The survey found 250 dry wells.',
			slots: [{ id: 'wells', kind: 'number', answer: '250', value: 250, tolerance: 20 }]
		}
	]
);
const context = contextOf(deck);
const lint = twoRightAnswers;

describe('boundBefore', () => {
	it('reads what the words before a number say about it', () => {
		expect(boundBefore('The front line is over ')).toBe('at-least');
		expect(boundBefore('It cost more than ')).toBe('at-least');
		expect(boundBefore('It will cost under ')).toBe('at-most');
		expect(boundBefore('It drew fewer than ')).toBe('at-most');
		expect(boundBefore('About ')).toBe('about');
		expect(boundBefore('It drew ')).toBeUndefined();
	});
});

describe('inComparedClause', () => {
	it('finds a figure inside a comparison with a clause, not one compared itself', () => {
		const repairs =
			'The work is expected to cost £46 million, more than Larkfield spends on repairs in a typical three years.';
		expect(inComparedClause(repairs, 'three')).toBe(true);
		expect(inComparedClause(repairs, '£46 million')).toBe(false);
		expect(inComparedClause('Sales rose more than 20% to 5,000 units.', '5,000')).toBe(false);
		expect(inComparedClause('It drew more than twice the 400 fans of 2019.', '400')).toBe(false);
		expect(inComparedClause('It is larger than the town of 9,000 people.', '9,000')).toBe(true);
		expect(inComparedClause('It is larger than the town, home to 9,000 people.', '9,000')).toBe(
			false
		);
	});
});

describe('alsoRight', () => {
	it('knows which wrong numbers a bound makes right', () => {
		expect(alsoRight(600, 300, 'at-least')).toBe(true);
		expect(alsoRight(600, 900, 'at-least')).toBe(false);
		expect(alsoRight(40, 60, 'at-most')).toBe(true);
		// "under 40 million" holds for 20 million too: no wrong number is surely wrong.
		expect(alsoRight(40, 20, 'at-most')).toBe(true);
		expect(alsoRight(9000, 9200, 'about')).toBe(true);
		expect(alsoRight(9000, 4500, 'about')).toBe(false);
		expect(alsoRight(250, 260, undefined, 20)).toBe(true);
		expect(alsoRight(250, 300, undefined, 20)).toBe(false);
	});
});

describe('two-right-answers', () => {
	describe('good questions', () => {
		it('different numbers with no bound', () => {
			const { fact, slot } = factSlot(deck, 'crowd');
			expect(lint(multipleChoice(fact, slot, ['500', '2,000', '1,500']), context)).toEqual([]);
		});

		it('“over 600 miles” with larger wrong numbers', () => {
			const { fact, slot } = factSlot(deck, 'front');
			expect(lint(multipleChoice(fact, slot, ['900', '1,200', '2,400']), context)).toEqual([]);
			expect(lint(falseStatement(fact, slot, '900'), context)).toEqual([]);
		});

		it('“about 9,000” with numbers well away from it', () => {
			const { fact, slot } = factSlot(deck, 'troops');
			expect(lint(multipleChoice(fact, slot, ['4,500', '18,000', '13,500']), context)).toEqual([]);
		});

		it('wrong numbers outside the tolerance, and the true statements', () => {
			const { fact, slot } = factSlot(deck, 'wells');
			expect(lint(multipleChoice(fact, slot, ['125', '500', '375']), context)).toEqual([]);
			for (const f of deck.facts) expect(lint(trueStatement(f), context), f.id).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('“under 40 million” with a smaller number: it may be true as well', () => {
			const { fact, slot } = factSlot(deck, 'budget');
			const findings = lint(falseStatement(fact, slot, '20'), context);
			expect(findings.map((f) => f.rule)).toEqual(['two-right-answers']);
		});

		it('“1,000” and “1000” as options', () => {
			const { fact, slot } = factSlot(deck, 'crowd');
			const findings = lint(multipleChoice(fact, slot, ['500', '1000', '2,000']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['two-right-answers', '1000']]);
		});

		it('the answer’s double shown before it: the double is blamed, never the answer', () => {
			const { fact, slot } = factSlot(deck, 'crowd');
			const q = multipleChoice(fact, slot, [], { options: ['1000', '500', '1,000', '2,000'] });
			const findings = lint(q, context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['two-right-answers', '1000']]);
			const grant = factSlot(deck, 'grant');
			const bare = multipleChoice(grant.fact, grant.slot, [], {
				options: ['480,000', '£960,000', '£480,000', '£240,000']
			});
			expect(lint(bare, context).map((f) => [f.rule, f.option])).toEqual([
				['two-right-answers', '480,000']
			]);
		});

		it('two wrong options that are one number', () => {
			const { fact, slot } = factSlot(deck, 'crowd');
			const findings = lint(multipleChoice(fact, slot, ['2,000', '500', '2000']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['two-right-answers', '2000']]);
		});

		it('“over 600 miles” with 300 offered as wrong', () => {
			const { fact, slot } = factSlot(deck, 'front');
			const findings = lint(multipleChoice(fact, slot, ['900', '300', '1,200']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['two-right-answers', '300']]);
		});

		it('“over 300 miles” keyed false', () => {
			const { fact, slot } = factSlot(deck, 'front');
			expect(blamed(lint(falseStatement(fact, slot, '300'), context))).toEqual(['300']);
		});

		it('“about 9,000” with 9,200', () => {
			const { fact, slot } = factSlot(deck, 'troops');
			const findings = lint(multipleChoice(fact, slot, ['4,500', '9,200', '18,000']), context);
			expect(blamed(findings)).toEqual(['9,200']);
			expect(findings[0].rule).toBe('two-right-answers');
		});

		it('“under 40 million” with 60 keyed false', () => {
			const { fact, slot } = factSlot(deck, 'budget');
			expect(blamed(lint(falseStatement(fact, slot, '60'), context))).toEqual(['60']);
		});

		it('“30-plus nations” with 20', () => {
			const { fact, slot } = factSlot(deck, 'nations');
			expect(blamed(lint(multipleChoice(fact, slot, ['20', '60', '45']), context))).toEqual(['20']);
		});

		it('a wrong number within the answer’s tolerance', () => {
			const { fact, slot } = factSlot(deck, 'wells');
			expect(blamed(lint(multipleChoice(fact, slot, ['125', '260', '500']), context))).toEqual([
				'260'
			]);
		});
	});
});
