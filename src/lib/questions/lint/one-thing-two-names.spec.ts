import { describe, expect, it } from 'vitest';
import { oneThingTwoNames, sameThing } from './one-thing-two-names.ts';
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
	[
		{
			id: 'maria-lopez',
			kind: 'person',
			name: 'Maria Lopez',
			aliases: ['Dr Lopez'],
			role: 'Lead author',
			category: 'scientist'
		},
		{
			id: 'tom-baker',
			kind: 'person',
			name: 'Tom Baker',
			aliases: ['Thomas Baker'],
			category: 'scientist'
		},
		{ id: 'ann-reid', kind: 'person', name: 'Ann Reid', category: 'scientist' },
		{ id: 'sam-patel', kind: 'person', name: 'Sam Patel', category: 'scientist' },
		{ id: 'imf', kind: 'organisation', name: 'International Monetary Fund' },
		{ id: 'world-bank', kind: 'organisation', name: 'World Bank' },
		{ id: 'wto', kind: 'organisation', name: 'World Trade Organization' },
		{ id: 'ecb', kind: 'organisation', name: 'European Central Bank' },
		{ id: 'andrii-sybiha', kind: 'person', name: 'Andrii Sybiha', category: 'leader' }
	],
	[
		{
			id: 'study',
			statement: 'Maria Lopez led the study.',
			slots: [{ id: 'lead', kind: 'person', answer: 'Maria Lopez', entity: 'maria-lopez' }]
		},
		{
			id: 'thanks',
			statement: 'Maria Lopez thanked Tom Baker for the samples.',
			slots: [{ id: 'thanked', kind: 'person', answer: 'Tom Baker', entity: 'tom-baker' }]
		},
		{
			id: 'loan',
			statement: 'The International Monetary Fund approved the loan.',
			slots: [
				{ id: 'lender', kind: 'organisation', answer: 'International Monetary Fund', entity: 'imf' }
			]
		},
		{
			id: 'report',
			statement: 'The World Bank published the report.',
			slots: [{ id: 'publisher', kind: 'organisation', answer: 'World Bank', entity: 'world-bank' }]
		},
		{
			id: 'minister',
			statement: 'Andrii Sybiha is the Foreign Minister of Ukraine.',
			slots: [
				{ id: 'person', kind: 'person', answer: 'Andrii Sybiha', entity: 'andrii-sybiha' },
				{ id: 'role', kind: 'role', answer: 'Foreign Minister of Ukraine' }
			]
		}
	]
);
const context = contextOf(deck);
const { index } = context;
const lint = oneThingTwoNames;

describe('sameThing', () => {
	it('reads a surname, a titled name and an alias as the person', () => {
		expect(sameThing('Lopez', 'Maria Lopez')).toBe(true);
		expect(sameThing('Dr Lopez', 'Maria Lopez')).toBe(true);
		expect(sameThing('Thomas Baker', 'Tom Baker', index)).toBe(true);
	});

	it('reads an acronym as its expansion, either way round', () => {
		expect(sameThing('IMF', 'International Monetary Fund')).toBe(true);
		expect(sameThing('International Monetary Fund', 'IMF')).toBe(true);
	});

	it('does not read a first name, a number or another office as the same thing', () => {
		expect(sameThing('Maria', 'Maria Lopez')).toBe(false);
		expect(sameThing('2', '2 June')).toBe(false);
		expect(sameThing('Tom Baker', 'Maria Lopez', index)).toBe(false);
		expect(sameThing('President of Ukraine', 'Foreign Minister of Ukraine', index, false)).toBe(
			false
		);
		expect(sameThing('WTO', 'International Monetary Fund')).toBe(false);
	});
});

describe('one-thing-two-names', () => {
	describe('good questions', () => {
		it('four different people as options', () => {
			const { fact, slot } = factSlot(deck, 'study');
			const q = multipleChoice(fact, slot, ['Tom Baker', 'Ann Reid', 'Sam Patel']);
			expect(lint(q, context)).toEqual([]);
		});

		it('other offices of one country for a role', () => {
			const { fact, slot } = factSlot(deck, 'minister', 'role');
			const q = multipleChoice(fact, slot, [
				'President of Ukraine',
				'Prime Minister of Ukraine',
				'Defence Minister of Ukraine'
			]);
			expect(lint(q, context)).toEqual([]);
		});

		it('a false statement naming someone else, and the true statement', () => {
			const { fact, slot } = factSlot(deck, 'study');
			expect(lint(falseStatement(fact, slot, 'Tom Baker'), context)).toEqual([]);
			expect(lint(trueStatement(fact), context)).toEqual([]);
		});

		it('other organisations for an organisation', () => {
			const { fact, slot } = factSlot(deck, 'loan');
			const q = multipleChoice(fact, slot, [
				'World Bank',
				'World Trade Organization',
				'European Central Bank'
			]);
			expect(lint(q, context)).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('the answer’s surname offered as a wrong option', () => {
			const { fact, slot } = factSlot(deck, 'study');
			const findings = lint(
				multipleChoice(fact, slot, ['Lopez', 'Ann Reid', 'Sam Patel']),
				context
			);
			expect(findings).toHaveLength(1);
			expect(findings[0].rule).toBe('one-thing-two-names');
			expect(findings[0].option).toBe('Lopez');
		});

		it('the answer with a title offered as a wrong option', () => {
			const { fact, slot } = factSlot(deck, 'study');
			const findings = lint(
				multipleChoice(fact, slot, ['Ann Reid', 'Dr Lopez', 'Sam Patel']),
				context
			);
			expect(blamed(findings)).toEqual(['Dr Lopez']);
		});

		it('an alias of the answer offered as a wrong option', () => {
			const { fact, slot } = factSlot(deck, 'thanks');
			const findings = lint(
				multipleChoice(fact, slot, ['Thomas Baker', 'Ann Reid', 'Sam Patel']),
				context
			);
			expect(blamed(findings)).toEqual(['Thomas Baker']);
			expect(findings[0].rule).toBe('one-thing-two-names');
		});

		it('a false statement that only renames the answer', () => {
			const { fact, slot } = factSlot(deck, 'study');
			const q = falseStatement(fact, slot, 'Lopez');
			expect(q.question.prompt).toBe('Lopez led the study.');
			const findings = lint(q, context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['one-thing-two-names', 'Lopez']]);
		});

		it('an acronym of the answer offered as a wrong option', () => {
			const { fact, slot } = factSlot(deck, 'loan');
			const findings = lint(multipleChoice(fact, slot, ['World Bank', 'IMF', 'WTO']), context);
			expect(blamed(findings)).toEqual(['IMF']);
		});

		it('two wrong options naming one thing (an acronym and its expansion)', () => {
			const { fact, slot } = factSlot(deck, 'report');
			const findings = lint(
				multipleChoice(fact, slot, ['IMF', 'International Monetary Fund', 'WTO']),
				context
			);
			expect(findings).toHaveLength(1);
			expect(findings[0].rule).toBe('one-thing-two-names');
			expect(findings[0].option).toBe('International Monetary Fund');
		});

		it('two wrong options naming one person', () => {
			const { fact, slot } = factSlot(deck, 'thanks');
			const findings = lint(
				multipleChoice(fact, slot, ['Ann Reid', 'Sam Patel', 'Patel']),
				context
			);
			expect(blamed(findings)).toEqual(['Patel']);
		});

		it('a wrong answer the statement already names elsewhere', () => {
			const { fact, slot } = factSlot(deck, 'thanks');
			const q = falseStatement(fact, slot, 'Dr Lopez');
			expect(q.question.prompt).toBe('Maria Lopez thanked Dr Lopez for the samples.');
			const findings = lint(q, context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([
				['one-thing-two-names', 'Dr Lopez']
			]);
		});
	});
});
