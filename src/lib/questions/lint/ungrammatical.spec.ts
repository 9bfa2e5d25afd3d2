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
import { bracketedHint, cutName, grammarProblem, ungrammatical } from './ungrammatical.ts';

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
			id: 'line',
			statement: 'The new line runs for 82 miles (132 km) across the county.',
			slots: [
				{
					id: 'miles',
					kind: 'number',
					answer: '82',
					value: 82,
					question: 'For how many miles does the new line run?'
				}
			]
		},
		{
			id: 'bank',
			statement: 'The Bank of Caldonia (BoC) cut its rate, the Treasury said.',
			slots: [
				{
					id: 'who',
					kind: 'organisation',
					entity: 'treasury',
					answer: 'Treasury',
					question: 'Who said the Bank of Caldonia (BoC) cut its rate?'
				}
			]
		},
		{
			id: 'consultation',
			statement: 'The company has opened a 45-day consultation with staff.',
			slots: [{ id: 'days', kind: 'number', answer: '45-day', value: 45 }]
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
		expect(grammarProblem('It was taken during a break-in in the early hours.')).toBeUndefined();
		expect(grammarProblem('A Environment Agency spokesman spoke.')).toMatch(/should be “an/);
		expect(grammarProblem('An Treasury spokesman spoke.')).toMatch(/should be “a/);
		expect(grammarProblem('She called it “unacceptable.')).toMatch(/quotation marks/);
		expect(grammarProblem('She called it "unacceptable.')).toMatch(/quotation marks/);
		expect(grammarProblem('The bridge (built in 1904 reopened.')).toMatch(/brackets/);
		expect(grammarProblem('the bridge reopened.')).toMatch(/lower case/);
		expect(grammarProblem('The bridge reopened .')).toMatch(/space before/);
		expect(grammarProblem('The bridge  reopened.')).toMatch(/double space/);
		expect(grammarProblem("Daniel Whitcombe, Northline Rail' route director, spoke.")).toMatch(
			/needs “’s”/
		);
		expect(grammarProblem("Daniel Whitcombe, Trackways' route director, spoke.")).toBeUndefined();
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

describe('bracketedHint', () => {
	it('finds a hint in brackets on a question, before or after its question mark', () => {
		for (const prompt of [
			'How many kilometres does the front line stretch for (more than)?',
			'From which two countries could the airspace be policed? (one of them)',
			'How many troops would be needed (approximately)?',
			'How many nations have joined (over) ?',
			'Which country (in the end) signed?'
		])
			expect(bracketedHint(prompt), prompt).toMatch(/hint in brackets/);
	});

	it('lets brackets of the article’s own words, quoted words and statements pass', () => {
		for (const prompt of [
			'For how many miles (132 km) does the new line run?',
			'Who said the Bank of Caldonia (BoC) cut its rate?',
			'Who said: “We will (eventually) win”?',
			'The front line stretches for (more than) 1,000 km.',
			'The line runs for _____ miles (132 km).',
			'Which of these did the council approve (if any, in the end, at all)?'
		])
			expect(bracketedHint(prompt), prompt).toBeUndefined();
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

		it('a question or statement whose brackets are the article’s own', () => {
			const line = factSlot(deck, 'line');
			expect(lint(multipleChoice(line.fact, line.slot, ['60', '75', '95']), context)).toEqual([]);
			expect(lint(typed(line.fact, line.slot), context)).toEqual([]);
			expect(lint(trueStatement(line.fact), context)).toEqual([]);
			const bank = factSlot(deck, 'bank');
			expect(
				lint(
					multipleChoice(bank.fact, bank.slot, ['Home Office', 'Met Office', 'Cabinet Office']),
					context
				)
			).toEqual([]);
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

		it('“Elsworth-_____”: half a hyphenated name, though “a _____-day consultation” is fine', () => {
			const { fact, slot } = factSlot(deck, 'spokesman');
			const q = typed(fact, slot, { prompt: 'A Home-_____ spokesman confirmed the figures.' });
			expect(lint(q, context).map((f) => f.message)).toEqual([
				'the blank is half of a hyphenated word'
			]);
			const days = factSlot(deck, 'consultation');
			const typedDays = typed(days.fact, days.slot, {
				prompt: 'The company has opened a _____-day consultation with staff.'
			});
			expect(lint(typedDays, context)).toEqual([]);
		});

		it('unbalanced quotation marks', () => {
			const { fact, slot } = factSlot(deck, 'quote');
			const q = typed(fact, slot, { prompt: 'Gemma Thorne called the result “_____.' });
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/quotation marks/);
		});

		it('a typed number whose blank took its unit: "a _____ consultation"', () => {
			const { fact, slot } = factSlot(deck, 'consultation');
			const findings = lint(typed(fact, slot), context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/45-day/);
			const kept = typed(fact, slot, {
				prompt: 'The company has opened a _____-day consultation.'
			});
			expect(lint(kept, context)).toEqual([]);
			expect(lint(multipleChoice(fact, slot, ['30-day', '60-day', '90-day']), context)).toEqual([]);
		});

		it('a lower-case start', () => {
			const { fact, slot } = factSlot(deck, 'spokesman');
			const q = typed(fact, slot, { prompt: 'a _____ spokesman confirmed the figures.' });
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['ungrammatical']);
			expect(findings[0].message).toMatch(/lower case/);
		});

		it('a hint in brackets on a multiple-choice or numeric question', () => {
			const { fact, slot } = factSlot(deck, 'line');
			for (const q of [
				typed(fact, slot, { prompt: 'For how many miles does the new line run (more than)?' }),
				multipleChoice(fact, slot, ['60', '75', '95'], {
					prompt: 'For how many miles does the new line run? (approximately)'
				})
			]) {
				const findings = lint(q, context).filter((f) => /brackets/.test(f.message));
				expect(
					findings.map((f) => f.rule),
					q.question.type
				).toEqual(['ungrammatical']);
				expect(findings[0].option).toBeUndefined();
			}
			expect(
				lint(
					typed(fact, slot, { prompt: 'For how many miles does the new line run (more than)?' }),
					context
				).map((f) => f.message)
			).toEqual(['it carries a hint in brackets, “(more than)”: ask it in words']);
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

describe('a blank that takes only part of a name', () => {
	it.each([
		'The charity Later Years _____ delivered a petition with 4,700 signatures.',
		"She won the title at the National Guild of _____' final on Saturday.",
		'She works for the Ashcombe firm _____ and Sons Stonecraft.',
		'Ms Rachel Dunmore, the MP for _____ North, stepped down on Sunday.'
	])('is found: %s', (prompt) => {
		expect(cutName(prompt)).toMatch(/part of a name/);
	});

	it.each([
		'Councillor _____ said the decision had been hard.',
		'Parish councils in _____ and Lowther Bay agreed.',
		'Det Insp Craig Ambrose of _____ led the inquiry.',
		'On 12 July _____ suspended abstraction licences.',
		'Local MP _____ said she had written to the minister.',
		'_____ said it would appeal.',
		'The robbery happened at _____ on Canal Row at about 5.40pm.'
	])('is not found where the blank is the whole name: %s', (prompt) => {
		expect(cutName(prompt)).toBeUndefined();
	});
});
