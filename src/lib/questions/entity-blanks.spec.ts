/** A person, body or place in a blank: typed, and swapped only for hand-written wrong answers. */
import { describe, expect, it } from 'vitest';
import type { Deck } from '../content/deck-schema.ts';
import { reviewQuestions } from './engine.ts';
import { makeDeck } from './lint/test-deck.ts';

describe('a person, body or place in a blank', () => {
	const people = [
		{ id: 'ruth-ingleby', kind: 'person', name: 'Ruth Ingleby', category: 'person-expert' },
		{ id: 'tom-haskell', kind: 'person', name: 'Tom Haskell', category: 'person-expert' },
		{ id: 'ann-pryor', kind: 'person', name: 'Ann Pryor', category: 'person-expert' },
		{ id: 'joe-marsh', kind: 'person', name: 'Joe Marsh', category: 'person-expert' },
		{ id: 'dale-museum', kind: 'organisation', name: 'Dale Museum' },
		{ id: 'fen-trust', kind: 'organisation', name: 'Fen Trust' },
		{ id: 'moor-society', kind: 'organisation', name: 'Moor Society' },
		{ id: 'hill-archive', kind: 'organisation', name: 'Hill Archive' }
	] as const;
	const facts = (distractors: string[]) => [
		{
			id: 'led',
			statement: 'Ruth Ingleby led the dig at Carrow Fen in 2019.',
			slots: [
				{
					id: 'person',
					kind: 'person' as const,
					answer: 'Ruth Ingleby',
					entity: 'ruth-ingleby',
					distractors
				}
			]
		},
		{
			id: 'bought',
			statement: 'The Dale Museum bought the boat for £40,000.',
			slots: [
				{
					id: 'organisation',
					kind: 'organisation' as const,
					answer: 'Dale Museum',
					entity: 'dale-museum'
				},
				{ id: 'number', kind: 'number' as const, answer: '£40,000', value: 40000, unit: '£' }
			]
		}
	];
	const ids = (deck: Deck) => reviewQuestions(deck, 3).questions.map((q) => q.id);

	it('is asked typed, with no option or false statement drawn from the article', () => {
		const asked = ids(makeDeck([...people], facts([])));
		expect(asked).toEqual(
			expect.arrayContaining(['led.cloze.person', 'bought.cloze.organisation'])
		);
		for (const id of [
			'led.mc.person',
			'led.tf.person',
			'bought.mc.organisation',
			'bought.tf.organisation'
		])
			expect(asked).not.toContain(id);
		// A figure beside it still makes its multiple choice and the fact's false statement.
		expect(asked).toEqual(expect.arrayContaining(['bought.mc.number', 'bought.tf.number']));
	});

	it('is offered among wrong answers a person wrote for it', () => {
		const asked = ids(makeDeck([...people], facts(['Tom Haskell', 'Ann Pryor', 'Joe Marsh'])));
		expect(asked).toEqual(expect.arrayContaining(['led.mc.person', 'led.tf.person']));
	});
});
