import { describe, expect, it } from 'vitest';
import { repeatedFirst, selfContradiction } from './self-contradiction.ts';
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
			id: 'vladimir-putin',
			kind: 'person',
			name: 'Vladimir Putin',
			role: 'President of Russia',
			category: 'leader'
		},
		{
			id: 'emmanuel-macron',
			kind: 'person',
			name: 'Emmanuel Macron',
			role: 'President of France',
			category: 'leader'
		},
		{
			id: 'dmitry-medvedev',
			kind: 'person',
			name: 'Dmitry Medvedev',
			role: 'Deputy Chairman of the Security Council of Russia',
			category: 'leader'
		},
		{
			id: 'volodymyr-zelensky',
			kind: 'person',
			name: 'Volodymyr Zelensky',
			role: 'President of Ukraine',
			category: 'leader'
		},
		{
			id: 'andrii-sybiha',
			kind: 'person',
			name: 'Andrii Sybiha',
			role: 'Foreign Minister of Ukraine',
			category: 'leader'
		},
		{
			id: 'patrick-vallance',
			kind: 'person',
			name: 'Patrick Vallance',
			aliases: ['Sir Patrick Vallance'],
			category: 'scientist'
		},
		{
			id: 'sarah-gilbert',
			kind: 'person',
			name: 'Sarah Gilbert',
			aliases: ['Dame Sarah Gilbert'],
			category: 'scientist'
		},
		{
			id: 'chris-whitty',
			kind: 'person',
			name: 'Chris Whitty',
			aliases: ['Sir Chris Whitty'],
			category: 'scientist'
		}
	],
	[
		{
			id: 'envoy',
			statement: 'Russian President Vladimir Putin met the envoy in Moscow.',
			slots: [{ id: 'host', kind: 'person', answer: 'Vladimir Putin', entity: 'vladimir-putin' }]
		},
		{
			id: 'talks',
			statement: 'Foreign Minister Andrii Sybiha led the talks.',
			slots: [{ id: 'lead', kind: 'person', answer: 'Andrii Sybiha', entity: 'andrii-sybiha' }]
		},
		{
			id: 'lab',
			statement: 'Sir Patrick Vallance opened the new laboratory.',
			slots: [
				{ id: 'opener', kind: 'person', answer: 'Patrick Vallance', entity: 'patrick-vallance' }
			]
		},
		{
			id: 'vote',
			statement: 'The bill passed by 52 votes to 40.',
			slots: [{ id: 'ayes', kind: 'number', answer: '52', value: 52 }]
		},
		{
			id: 'match',
			statement: 'United beat Rovers 3-1 on Saturday.',
			slots: [{ id: 'score', kind: 'phrase', answer: '3-1' }]
		},
		{
			id: 'comeback',
			statement: 'Rovers won the match after trailing 1-3 at half-time.',
			slots: [{ id: 'deficit', kind: 'phrase', answer: '1-3' }]
		},
		{
			id: 'members',
			statement: '8 of its 10 members voted for the plan.',
			slots: [{ id: 'for', kind: 'number', answer: '8', value: 8, inSource: '8 of its 10' }]
		},
		{
			id: 'inflation',
			statement: 'Inflation rose from 2 % to 5 % last year.',
			slots: [{ id: 'start', kind: 'number', answer: '2 %', value: 2, unit: '%' }]
		},
		{
			id: 'mine',
			statement: 'The mine operated from 2019 to 2021.',
			slots: [{ id: 'opened', kind: 'date', answer: '2019' }]
		},
		{
			id: 'bite',
			statement:
				'Ukraine needs guarantees to stop Russia coming back and taking a second or third bite.',
			slots: [
				{
					id: 'bites',
					kind: 'phrase',
					answer: 'second or third',
					question: 'The guarantees should stop Russia coming back for which bite?'
				}
			]
		},
		{
			id: 'cup',
			statement: 'The club won the cup again in its second season.',
			slots: [{ id: 'season', kind: 'phrase', answer: 'second' }]
		},
		{
			id: 'chapter',
			statement: 'Readers went straight back to the second chapter.',
			slots: [{ id: 'chapter', kind: 'phrase', answer: 'second' }]
		},
		{
			id: 'prices',
			statement: 'Prices rose again for the second time since May.',
			slots: [{ id: 'time', kind: 'phrase', answer: 'second' }]
		},
		{
			id: 'prize',
			statement: 'The choir won another second prize at the festival.',
			slots: [{ id: 'prize', kind: 'phrase', answer: 'second' }]
		},
		{
			id: 'comeback-win',
			statement: 'Rovers came back for a first win at home.',
			slots: [{ id: 'venue', kind: 'phrase', answer: 'a first win at home' }]
		}
	]
);
const context = contextOf(deck);
const lint = selfContradiction;
describe('repeatedFirst', () => {
	it('finds a repeat called the first', () => {
		for (const statement of [
			'Russia could come back for a first bite.',
			'Russia could come back and take a first bite.',
			'The club won the cup again in its first season.',
			'It was another first round of cuts.',
			'She returned for a first term.',
			'They met once more for the first talks.'
		])
			expect(repeatedFirst(statement), statement).toBeDefined();
	});

	it('lets a “first” that is no repeat pass', () => {
		for (const statement of [
			'Readers went straight back to the first page.',
			'Back in 2019 the first phase began.',
			'Prices rose again for the first time since May.',
			'The club won the cup in its first season.',
			'The choir won another first prize.',
			'It was another first-place finish.',
			'He came back, and the first thing he did was sleep.',
			'Again and again, people said the first plan was best.'
		])
			expect(repeatedFirst(statement), statement).toBeUndefined();
	});
});

describe('self-contradiction', () => {
	describe('good questions', () => {
		it('the true statements themselves', () => {
			for (const fact of deck.facts)
				expect(lint(trueStatement(fact), context), fact.id).toEqual([]);
		});

		it('a leader of the same country, or of no stated office', () => {
			const { fact, slot } = factSlot(deck, 'envoy');
			expect(lint(falseStatement(fact, slot, 'Dmitry Medvedev'), context)).toEqual([]);
		});

		it('a man for a man after “Sir”', () => {
			const { fact, slot } = factSlot(deck, 'lab');
			expect(lint(falseStatement(fact, slot, 'Chris Whitty'), context)).toEqual([]);
		});

		it('wrong numbers that keep the sentence’s order', () => {
			const vote = factSlot(deck, 'vote');
			expect(lint(multipleChoice(vote.fact, vote.slot, ['60', '45', '70']), context)).toEqual([]);
			const match = factSlot(deck, 'match');
			expect(lint(multipleChoice(match.fact, match.slot, ['2-0', '4-1', '2-1']), context)).toEqual(
				[]
			);
			const members = factSlot(deck, 'members');
			expect(lint(falseStatement(members.fact, members.slot, '6'), context)).toEqual([]);
			const inflation = factSlot(deck, 'inflation');
			expect(lint(falseStatement(inflation.fact, inflation.slot, '3 %'), context)).toEqual([]);
			const mine = factSlot(deck, 'mine');
			expect(lint(falseStatement(mine.fact, mine.slot, '2017'), context)).toEqual([]);
		});

		it('“first” where the sentence does not make it a repeat, or where the truth says it too', () => {
			const chapter = factSlot(deck, 'chapter');
			expect(lint(falseStatement(chapter.fact, chapter.slot, 'first'), context)).toEqual([]);
			const prices = factSlot(deck, 'prices');
			expect(lint(falseStatement(prices.fact, prices.slot, 'first'), context)).toEqual([]);
			const prize = factSlot(deck, 'prize');
			expect(lint(falseStatement(prize.fact, prize.slot, 'first'), context)).toEqual([]);
			// The true statement already says "came back for a first": not a verdict this rule gives.
			const win = factSlot(deck, 'comeback-win');
			expect(
				lint(falseStatement(win.fact, win.slot, 'a first win away from home'), context)
			).toEqual([]);
			// A wrong answer without "first" after "again": no repeat called the first.
			const cup = factSlot(deck, 'cup');
			expect(lint(falseStatement(cup.fact, cup.slot, 'third'), context)).toEqual([]);
		});

		it('an order the true statement itself does not keep is not applied', () => {
			// "won … trailing 1-3": the pattern misreads the true sentence, so it is not trusted.
			const { fact, slot } = factSlot(deck, 'comeback');
			expect(lint(falseStatement(fact, slot, '0-2'), context)).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('“Russian President Emmanuel Macron”', () => {
			const { fact, slot } = factSlot(deck, 'envoy');
			const q = falseStatement(fact, slot, 'Emmanuel Macron');
			expect(q.question.prompt).toBe('Russian President Emmanuel Macron met the envoy in Moscow.');
			const findings = lint(q, context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([
				['self-contradiction', 'Emmanuel Macron']
			]);
		});

		it('another office than the one the sentence gives', () => {
			const { fact, slot } = factSlot(deck, 'talks');
			expect(blamed(lint(falseStatement(fact, slot, 'Volodymyr Zelensky'), context))).toEqual([
				'Volodymyr Zelensky'
			]);
		});

		it('“Sir” on a woman', () => {
			const { fact, slot } = factSlot(deck, 'lab');
			const findings = lint(
				multipleChoice(fact, slot, ['Sarah Gilbert', 'Chris Whitty', 'Vladimir Putin']),
				context
			);
			expect(blamed(findings)).toEqual(['Sarah Gilbert']);
			expect(findings[0].rule).toBe('self-contradiction');
		});

		it('“passed by 40 votes to 52”', () => {
			const { fact, slot } = factSlot(deck, 'vote');
			const findings = lint(multipleChoice(fact, slot, ['60', '30', '70']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['self-contradiction', '30']]);
		});

		it('“beat Rovers 1-3”', () => {
			const { fact, slot } = factSlot(deck, 'match');
			expect(blamed(lint(falseStatement(fact, slot, '1-3'), context))).toEqual(['1-3']);
		});

		it('“12 of its 10 members”', () => {
			const { fact, slot } = factSlot(deck, 'members');
			expect(blamed(lint(falseStatement(fact, slot, '12'), context))).toEqual(['12']);
		});

		it('“rose from 8 % to 5 %”', () => {
			const { fact, slot } = factSlot(deck, 'inflation');
			const q = falseStatement(fact, slot, '8 %');
			expect(q.question.prompt).toBe('Inflation rose from 8 % to 5 % last year.');
			expect(blamed(lint(q, context))).toEqual(['8 %']);
		});

		it('“coming back and taking a first bite”', () => {
			const { fact, slot } = factSlot(deck, 'bite');
			const findings = lint(
				multipleChoice(fact, slot, ['first', 'final', 'fourth or fifth']),
				context
			);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['self-contradiction', 'first']]);
			expect(findings[0].message).toMatch(/back and taking a first/);
			expect(blamed(lint(falseStatement(fact, slot, 'first'), context))).toEqual(['first']);
		});

		it('“won the cup again in its first season”', () => {
			const { fact, slot } = factSlot(deck, 'cup');
			const q = falseStatement(fact, slot, 'first');
			expect(q.question.prompt).toBe('The club won the cup again in its first season.');
			expect(blamed(lint(q, context))).toEqual(['first']);
		});

		it('“from 2022 to 2021”', () => {
			const { fact, slot } = factSlot(deck, 'mine');
			const findings = lint(falseStatement(fact, slot, '2022'), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['self-contradiction', '2022']]);
		});
	});
});
