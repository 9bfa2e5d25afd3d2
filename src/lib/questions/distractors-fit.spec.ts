/**
 * Wrong answers that fit the sentence they are put in: a rival of the racer's sex, a name the
 * article writes with "the" after "The", no coach among players, no runner as "Race director".
 */
import { describe, expect, it } from 'vitest';
import { distractorPool, numericNeighbours } from './distractors.ts';
import { indexDeck } from './deck-index.ts';
import { factSlot, makeDeck } from './lint/test-deck.ts';

const person = (name: string, gender?: 'female' | 'male', category = 'person') => ({
	id: name.toLowerCase().replace(/\s+/g, '-'),
	kind: 'person' as const,
	name,
	category,
	...(gender ? { gender } : {})
});

describe('wrong people who could have been there', () => {
	const race = makeDeck(
		[
			person('Amara Doyle', 'female', 'person-player'),
			person('Priya Venn'),
			person('Gwen Pritchard', 'female', 'person-player'),
			person('Helen Marsh', 'female', 'person-player'),
			person('Rosa Lind', 'female', 'person-player'),
			person('Euan Blackwood', 'male', 'person-player'),
			person('Callum Reddy', 'male', 'person-player'),
			person('Tom Hale', 'male', 'person-player'),
			person('Sandra Okoye', 'female', 'person-official'),
			person('Martin Quayle', 'male', 'person-coach')
		],
		[
			{
				id: 'rival',
				statement: 'Amara Doyle finished two minutes ahead of her nearest rival, Priya Venn.',
				slots: [{ id: 'who', kind: 'person', answer: 'Priya Venn', entity: 'priya-venn' }]
			},
			{
				id: 'passed',
				statement:
					'Callum Reddy won when he passed the Scottish runner Euan Blackwood on the hill.',
				slots: [{ id: 'who', kind: 'person', answer: 'Euan Blackwood', entity: 'euan-blackwood' }]
			},
			{
				id: 'director',
				statement: 'Race director Sandra Okoye said the new route had proved popular.',
				slots: [{ id: 'who', kind: 'person', answer: 'Sandra Okoye', entity: 'sandra-okoye' }]
			}
		]
	);
	const index = indexDeck(race);
	const drawn = (id: string) => {
		const { fact, slot } = factSlot(race, id);
		return distractorPool(index, fact, slot).drawn;
	};

	it('offers for "her nearest rival" only women who race, though the rival has no told sex', () => {
		expect(drawn('rival').sort()).toEqual(['Gwen Pritchard', 'Helen Marsh', 'Rosa Lind']);
	});

	it('offers for the runner "he passed" only men who race', () => {
		expect(drawn('passed')).toEqual(['Tom Hale']);
	});

	it('offers for "Race director _____" only officials', () => {
		expect(drawn('director')).toEqual([]);
	});
});

describe('wrong names written as the article writes them', () => {
	const banks = makeDeck(
		[
			{ id: 'nbe', kind: 'organisation', name: 'National Bank of Estravia', category: 'business' },
			{ id: 'kordan', kind: 'organisation', name: 'Kordan Bank', category: 'business' },
			{ id: 'reserve', kind: 'organisation', name: 'Reserve Board', category: 'business' }
		],
		[
			{
				id: 'rates',
				statement: 'The National Bank of Estravia has raised interest rates for the third time.',
				slots: [
					{ id: 'who', kind: 'organisation', answer: 'National Bank of Estravia', entity: 'nbe' }
				]
			}
		]
	);
	banks.article =
		'The National Bank of Estravia has raised interest rates. Kordan Bank said it would wait. The Reserve Board agreed.';
	it('offers after "The" no name the article never writes with "the"', () => {
		const { fact, slot } = factSlot(banks, 'rates');
		expect(distractorPool(indexDeck(banks), fact, slot).drawn).toEqual(['Reserve Board']);
	});
});

describe('wrong people with the letters after the blank', () => {
	const inquiry = makeDeck(
		[
			person('Richard Sayle'),
			person('Graham Oddie'),
			person('Janet Pryor'),
			person('Aled Furness')
		],
		[
			{
				id: 'case',
				statement: 'Opening the case, Richard Sayle KC said the council was wrong.',
				slots: [{ id: 'who', kind: 'person', answer: 'Richard Sayle', entity: 'richard-sayle' }]
			}
		]
	);
	inquiry.article =
		'Opening the case, Richard Sayle KC said the council was wrong. Graham Oddie disagreed.';
	it('offers for "_____ KC" no one the article does not call a KC', () => {
		const { fact, slot } = factSlot(inquiry, 'case');
		expect(distractorPool(indexDeck(inquiry), fact, slot).drawn).toEqual([]);
	});
});

describe('wrong numbers written as exactly as the answer', () => {
	it('offers no round thousands beside "41,030"', () => {
		const slot = { id: 'n', kind: 'number', answer: '41,030', value: 41030, tolerance: 0 } as const;
		const options = numericNeighbours(slot as never, 'The list stood at 41,030 a year earlier.');
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options) expect(option).not.toMatch(/,000$/);
	});
});

describe('wrong people for a role the article gives the answer', () => {
	const rail = makeDeck(
		[
			{
				...person('Simon Lacey', 'male', 'person-official'),
				role: 'managing director of Westmarch Rail'
			},
			{ ...person('Anita Kerr', 'female', 'person-official'), role: 'chairwoman' },
			person('Rachel Okafor', 'female', 'person-public'),
			{ ...person('Gareth Pugh', 'male', 'person-politician'), role: 'Cllr' }
		],
		[
			{
				id: 'md',
				statement:
					'The managing director of Westmarch Rail, Simon Lacey, apologised to passengers.',
				slots: [{ id: 'who', kind: 'person', answer: 'Simon Lacey', entity: 'simon-lacey' }]
			}
		]
	);
	it('offers for "The managing director of Westmarch Rail, _____" only officials', () => {
		const { fact, slot } = factSlot(rail, 'md');
		expect(distractorPool(indexDeck(rail), fact, slot).drawn).toEqual(['Anita Kerr']);
	});
});
