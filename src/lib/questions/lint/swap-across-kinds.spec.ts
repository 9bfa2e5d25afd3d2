import { describe, expect, it } from 'vitest';
import { namesAThing, swapAcrossKinds, valueShape } from './swap-across-kinds.ts';
import {
	blamed,
	contextOf,
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	whoSaid
} from './test-deck.ts';
import { twoRightAnswers } from './two-right-answers.ts';
import { statementWith, swappedStatement } from './wrong-answers.ts';

const deck = makeDeck(
	[
		{ id: 'kip-thorne', kind: 'person', name: 'Kip Thorne', category: 'scientist' },
		{ id: 'barry-barish', kind: 'person', name: 'Barry Barish', category: 'scientist' },
		{ id: 'rainer-weiss', kind: 'person', name: 'Rainer Weiss', category: 'scientist' },
		{ id: 'ron-drever', kind: 'person', name: 'Ron Drever', category: 'scientist' },
		{ id: 'angela-merkel', kind: 'person', name: 'Angela Merkel', category: 'leader' },
		{ id: 'ligo', kind: 'organisation', name: 'LIGO Laboratory' },
		{ id: 'caltech', kind: 'organisation', name: 'Caltech' }
	],
	[
		{
			id: 'prize',
			statement: 'Kip Thorne shared the prize in 2017.',
			slots: [{ id: 'winner', kind: 'person', answer: 'Kip Thorne', entity: 'kip-thorne' }]
		},
		{
			id: 'grant',
			statement: 'The lab received a grant of £480,000.',
			slots: [{ id: 'sum', kind: 'number', answer: '£480,000', value: 480000, unit: 'GBP' }]
		},
		{
			id: 'detection',
			statement: 'The first detection was made on 14 September 2015.',
			slots: [{ id: 'when', kind: 'date', answer: '14 September 2015' }]
		},
		{
			id: 'opened',
			statement: 'The detector opened in 2002.',
			slots: [{ id: 'year', kind: 'date', answer: '2002' }]
		},
		{
			id: 'quote',
			statement: 'Barry Barish said the detection opened a new window.',
			source: ['“It opens a new window on the universe,” Barry Barish said.'],
			quote: { speaker: 'barry-barish', text: 'It opens a new window on the universe.' },
			slots: [{ id: 'speaker', kind: 'person', answer: 'Barry Barish', entity: 'barry-barish' }]
		}
	]
);
const context = contextOf(deck);
const lint = swapAcrossKinds;

describe('namesAThing', () => {
	it('knows prizes, ships and buildings are not people', () => {
		expect(namesAThing('the Nobel Prize')).toBe(true);
		expect(namesAThing('HMS Victory')).toBe(true);
		expect(namesAThing('Barish Hall')).toBe(true);
		expect(namesAThing('Stanford University')).toBe(true);
	});

	it('takes a plain name for a person', () => {
		expect(namesAThing('Barry Barish')).toBe(false);
		expect(namesAThing('Victoria Nobel')).toBe(false);
	});
});

describe('valueShape', () => {
	it('tells a sum of money from a bare number and a year from a date', () => {
		expect(valueShape('£480,000')).toBe(valueShape('£1,200'));
		expect(valueShape('£480,000')).not.toBe(valueShape('480,000'));
		expect(valueShape('14 September 2015')).toBe(valueShape('3 March 2016'));
		expect(valueShape('14 September 2015')).not.toBe(valueShape('2015'));
	});

	it('reads an American wire’s "Sept. 30" and "Dec. 31" as one shape', () => {
		expect(valueShape('Sept. 30')).toBe(valueShape('Dec. 31'));
		expect(valueShape('Sept. 30')).not.toBe(valueShape('30'));
	});
});

describe('swap-across-kinds', () => {
	describe('good questions', () => {
		it('people of the answer’s standing', () => {
			const { fact, slot } = factSlot(deck, 'prize');
			expect(
				lint(multipleChoice(fact, slot, ['Barry Barish', 'Rainer Weiss', 'Ron Drever']), context)
			).toEqual([]);
			expect(lint(falseStatement(fact, slot, 'Rainer Weiss'), context)).toEqual([]);
		});

		it('a person not in the deck with a plain name', () => {
			const { fact, slot } = factSlot(deck, 'prize');
			expect(
				lint(multipleChoice(fact, slot, ['Barry Barish', 'Rainer Weiss', 'Jane Wood']), context)
			).toEqual([]);
		});

		it('sums for a sum, full dates for a full date, years for a year', () => {
			const grant = factSlot(deck, 'grant');
			expect(
				lint(multipleChoice(grant.fact, grant.slot, ['£240,000', '£960,000', '£720,000']), context)
			).toEqual([]);
			const detection = factSlot(deck, 'detection');
			expect(
				lint(
					multipleChoice(detection.fact, detection.slot, [
						'3 March 2016',
						'14 September 2014',
						'1 June 2015'
					]),
					context
				)
			).toEqual([]);
			const opened = factSlot(deck, 'opened');
			expect(lint(falseStatement(opened.fact, opened.slot, '1999'), context)).toEqual([]);
		});

		it('who said it, among people of the speaker’s standing', () => {
			const { fact } = factSlot(deck, 'quote');
			expect(
				lint(whoSaid(fact, 'Barry Barish', ['Kip Thorne', 'Rainer Weiss', 'Ron Drever']), context)
			).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('an organisation in a person’s slot', () => {
			const { fact, slot } = factSlot(deck, 'prize');
			const findings = lint(
				multipleChoice(fact, slot, ['Barry Barish', 'LIGO Laboratory', 'Ron Drever']),
				context
			);
			expect(findings).toHaveLength(1);
			expect(findings[0].rule).toBe('swap-across-kinds');
			expect(findings[0].option).toBe('LIGO Laboratory');
		});

		it('a prize, a ship and a building in a person’s slot', () => {
			const { fact, slot } = factSlot(deck, 'prize');
			const findings = lint(
				multipleChoice(fact, slot, ['the Nobel Prize', 'HMS Victory', 'Barish Hall']),
				context
			);
			expect(findings.every((f) => f.rule === 'swap-across-kinds')).toBe(true);
			expect(blamed(findings)).toEqual(['the Nobel Prize', 'HMS Victory', 'Barish Hall']);
		});

		it('a person of another category', () => {
			const { fact, slot } = factSlot(deck, 'prize');
			expect(blamed(lint(falseStatement(fact, slot, 'Angela Merkel'), context))).toEqual([
				'Angela Merkel'
			]);
		});

		it('a number of another unit', () => {
			const { fact, slot } = factSlot(deck, 'grant');
			const findings = lint(
				multipleChoice(fact, slot, ['960,000', '£960,000', '£240,000']),
				context
			);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['swap-across-kinds', '960,000']]);
			expect(blamed(lint(falseStatement(fact, slot, '480,000'), context))).toEqual(['480,000']);
		});

		it('the answer’s own figure without its unit (refused as the same answer twice)', () => {
			const { fact, slot } = factSlot(deck, 'grant');
			const q = multipleChoice(fact, slot, ['480,000', '£960,000', '£240,000']);
			expect(twoRightAnswers(q, context).map((f) => [f.rule, f.option])).toEqual([
				['two-right-answers', '480,000']
			]);
		});

		it('a year for a full date', () => {
			const { fact, slot } = factSlot(deck, 'detection');
			expect(blamed(lint(falseStatement(fact, slot, '2015'), context))).toEqual(['2015']);
		});

		it('who said it, with an organisation, a building or a leader among scientists', () => {
			const { fact } = factSlot(deck, 'quote');
			const findings = lint(
				whoSaid(fact, 'Barry Barish', ['Caltech', 'Thorne Hall', 'Angela Merkel']),
				context
			);
			expect(findings.every((f) => f.rule === 'swap-across-kinds')).toBe(true);
			expect(blamed(findings)).toEqual(['Caltech', 'Thorne Hall', 'Angela Merkel']);
		});
	});
});

describe('statementWith', () => {
	it('gives a plural firm swapped into "X\'s" the apostrophe alone', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'ingleby',
					statement: "Dr Ruth Ingleby, SLPN's director of connections, said she understood.",
					slots: [{ id: 'firm', kind: 'organisation', answer: 'SLPN' }]
				}
			]
		);
		const { fact, slot } = factSlot(deck, 'ingleby');
		expect(statementWith(fact, slot, 'Brightfield Renewables')).toBe(
			"Dr Ruth Ingleby, Brightfield Renewables' director of connections, said she understood."
		);
		expect(statementWith(fact, slot, 'Dunmore City Bus')).toContain("Dunmore City Bus's director");
	});

	it('writes "a" or "an" as the number or word put in is said', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'refund',
					statement: 'Holders will be offered a 50% refund for every week.',
					slots: [{ id: 'share', kind: 'number', answer: '50%', value: 50 }]
				},
				{
					id: 'age',
					statement: 'An 11-year-old girl found it.',
					slots: [{ id: 'age', kind: 'number', answer: '11-year-old', value: 11 }]
				}
			]
		);
		const refund = factSlot(deck, 'refund');
		expect(swappedStatement(refund.fact, refund.slot, '88%')).toBe(
			'Holders will be offered an 88% refund for every week.'
		);
		expect(swappedStatement(refund.fact, refund.slot, '18%')).toContain('an 18% refund');
		expect(swappedStatement(refund.fact, refund.slot, '110%')).toContain('a 110% refund');
		expect(swappedStatement(refund.fact, refund.slot, '75%')).toContain('a 75% refund');
		const age = factSlot(deck, 'age');
		expect(swappedStatement(age.fact, age.slot, '12-year-old')).toBe(
			'A 12-year-old girl found it.'
		);
		expect(swappedStatement(age.fact, age.slot, '8-year-old')).toBe('An 8-year-old girl found it.');
	});
});
