import { describe, expect, it } from 'vitest';
import { buildQuestions, reviewQuestions } from '../engine.ts';
import { LINT_RULES, lintQuestion, RULES, type LintRule, type LintSubject } from './index.ts';
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

const scientists = ['Maria Lopez', 'Tom Baker', 'Ann Reid', 'Sam Patel', 'Jo Kerr'];
const deck = makeDeck(
	[
		...scientists.map((name) => ({
			id: name.toLowerCase().replace(' ', '-'),
			kind: 'person' as const,
			name,
			category: 'scientist'
		})),
		{ id: 'treasury', kind: 'organisation', name: 'the Treasury' }
	],
	[
		{
			id: 'study',
			statement: 'Maria Lopez led the study of river pollution.',
			slots: [
				{
					id: 'lead',
					kind: 'person',
					answer: 'Maria Lopez',
					entity: 'maria-lopez',
					distractors: ['Lopez']
				}
			]
		},
		{
			id: 'vote',
			statement: 'The bill passed by 52 votes to 40.',
			slots: [{ id: 'ayes', kind: 'number', answer: '52', value: 52 }]
		},
		{
			id: 'turnout',
			statement: 'Turnout was 64 % in the city.',
			slots: [{ id: 'share', kind: 'number', answer: '64 %', value: 64, unit: '%' }]
		},
		{
			id: 'plan',
			statement: 'The plan was approved in May.',
			slots: [{ id: 'month', kind: 'date', answer: 'May' }]
		},
		{
			id: 'quote',
			statement: 'Tom Baker said the river was recovering.',
			quote: { speaker: 'tom-baker', text: 'The river is recovering.' }
		},
		{
			id: 'weekday',
			statement: 'The figures were published by the Treasury on Tuesday.',
			slots: [
				{ id: 'day', kind: 'date', answer: 'Tuesday' },
				{ id: 'by', kind: 'organisation', answer: 'the Treasury', entity: 'treasury' }
			]
		},
		{
			id: 'front',
			statement: 'The front line is over 600 miles long.',
			slots: [{ id: 'length', kind: 'number', answer: '600', value: 600 }]
		},
		{
			id: 'bridge',
			statement: 'The bridge opened in 1928',
			slots: [{ id: 'year', kind: 'date', answer: '1928' }]
		}
	]
);
const context = contextOf(deck);
const at = (id: string, slot?: string) => factSlot(deck, id, slot);

/** One question with each rule's defect. */
const defects: [LintRule, LintSubject][] = [
	[
		'one-thing-two-names',
		multipleChoice(at('study').fact, at('study').slot, ['Lopez', 'Ann Reid', 'Sam Patel'])
	],
	[
		'swap-across-kinds',
		multipleChoice(at('study').fact, at('study').slot, ['the Nobel Prize', 'Ann Reid', 'Sam Patel'])
	],
	['self-contradiction', falseStatement(at('vote').fact, at('vote').slot, '30')],
	['impossible-number', falseStatement(at('turnout').fact, at('turnout').slot, '130 %')],
	['dangling-reference', trueStatement(at('plan').fact)],
	[
		'speaker-only',
		whoSaid(deck.facts.find((f) => f.id === 'quote') ?? deck.facts[0], 'Tom Baker', [
			'Ann Reid',
			'Sam Patel',
			'Jo Kerr'
		])
	],
	['not-worth-asking', typed(at('weekday', 'day').fact, at('weekday', 'day').slot)],
	[
		'given-away',
		multipleChoice(at('weekday', 'by').fact, at('weekday', 'by').slot, [
			'Home Office',
			'Cabinet Office',
			'Met Office'
		])
	],
	[
		'two-right-answers',
		multipleChoice(at('front').fact, at('front').slot, ['300', '900', '1,200'])
	],
	['ungrammatical', trueStatement(at('bridge').fact)],
	['unanswerable', typed(at('study').fact, at('study').slot, { highlight: [] })]
];

describe('the rule table', () => {
	it('has a function for every rule in LINT_RULES, and no other', () => {
		expect(Object.keys(RULES).toSorted()).toEqual([...LINT_RULES].toSorted());
		for (const rule of LINT_RULES) expect(typeof RULES[rule], rule).toBe('function');
	});

	it('has a defect case for every rule', () => {
		expect(defects.map(([rule]) => rule)).toEqual([...LINT_RULES]);
	});
});

describe('lintQuestion', () => {
	it.each(defects)('runs %s', (rule, subject) => {
		const findings = lintQuestion(subject, context);
		expect(findings.map((f) => f.rule)).toContain(rule);
		expect(RULES[rule](subject, context).length).toBeGreaterThan(0);
	});

	it('returns every rule’s findings, in the table’s order', () => {
		for (const [, subject] of defects)
			expect(lintQuestion(subject, context)).toEqual(
				LINT_RULES.flatMap((rule) => RULES[rule](subject, context))
			);
	});

	it('finds nothing in a fine question', () => {
		const { fact, slot } = at('study');
		expect(
			lintQuestion(multipleChoice(fact, slot, ['Tom Baker', 'Ann Reid', 'Sam Patel']), context)
		).toEqual([]);
		expect(lintQuestion(trueStatement(fact), context)).toEqual([]);
		expect(lintQuestion(typed(fact, slot), context)).toEqual([]);
	});
});

describe('the engine with the linter', () => {
	const review = reviewQuestions(deck, 7);

	it('drops questions with a finding, with the findings', () => {
		const dropped = review.dropped.map((d) => d.question.id);
		expect(dropped).toContain('weekday.cloze.day');
		expect(dropped).toContain('plan.tf');
		for (const { findings } of review.dropped) expect(findings.length).toBeGreaterThan(0);
		expect(review.questions.map((q) => q.id)).not.toContain('weekday.cloze.day');
	});

	it('draws another wrong answer for an option at fault', () => {
		const mc = review.questions.find((q) => q.id === 'study.mc.lead');
		expect(mc?.options).toHaveLength(4);
		expect(mc?.options).toContain('Maria Lopez');
		expect(mc?.options).not.toContain('Lopez');
		const tf = review.questions.find((q) => q.id === 'study.tf.lead');
		expect(tf?.prompt).not.toBe('Lopez led the study of river pollution.');
		expect(tf?.prompt).toMatch(/^(Tom Baker|Ann Reid|Sam Patel|Jo Kerr) led the study/);
	});

	it('shows only the questions it kept', () => {
		expect(buildQuestions(deck, 7)).toEqual(review.questions);
	});
});
