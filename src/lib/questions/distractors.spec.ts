import { describe, expect, it } from 'vitest';
import type { Slot } from '../content/deck-schema.ts';
import { distractorPool, numericNeighbours, spreadAround } from './distractors.ts';
import { indexDeck } from './deck-index.ts';
import { factSlot, makeDeck } from './lint/test-deck.ts';

function numberSlot(answer: string, value: number, tolerance = 0): Slot {
	return { id: 'n', kind: 'number', answer, value, tolerance } as unknown as Slot;
}

describe('wrong numbers for a numeric answer', () => {
	it('never write a figure of millions as less than one million', () => {
		const homes = numericNeighbours(
			numberSlot('1.3 million', 1_300_000),
			'It supplies about 1.3 million homes.'
		);
		expect(homes.length).toBeGreaterThanOrEqual(3);
		for (const option of homes) expect(Number(option.split(' ')[0])).toBeGreaterThanOrEqual(1);
		// A figure already under one keeps its own kind of neighbours.
		expect(numericNeighbours(numberSlot('0.8 million', 800_000), 'About 0.8 million.')).not.toEqual(
			[]
		);
	});

	it('write no "minus 0C" or "minus -2C" where the word carries the sign', () => {
		const frost = numericNeighbours(
			numberSlot('2C', 2),
			'A few hours below minus 2C is enough to kill the flower.'
		);
		expect(frost.length).toBeGreaterThanOrEqual(3);
		for (const option of frost) expect(Number.parseInt(option)).toBeGreaterThan(0);
		// With no "minus", a temperature may go below zero.
		expect(numericNeighbours(numberSlot('2C', 2), 'The water was 2C.')).toContain('0C');
	});

	it('step small whole numbers by one, on both sides of the answer', () => {
		expect(numericNeighbours(numberSlot('3', 3), 'There are 3 options.')).toEqual([
			'4',
			'5',
			'2',
			'6',
			'1',
			'7'
		]);
	});

	it('step rates by their own grain, written with the answer’s decimals, never equal to it', () => {
		const quarter = numericNeighbours(numberSlot('3.75%', 3.75), 'The rate is 3.75% now.');
		expect(quarter.slice(0, 4)).toEqual(['4.00%', '3.50%', '4.25%', '3.25%']);
		const half = numericNeighbours(numberSlot('0.5%', 0.5), 'Growth was 0.5% last year.');
		expect(half).toEqual(['0.75%', '0.25%', '1.0%', '1.25%', '1.5%']);
		expect(half).not.toContain('0.5%');
	});

	it('scale larger numbers both ways, so the answer is not always the smallest', () => {
		const wrong = numericNeighbours(numberSlot('6,800', 6_800), 'A crowd of 6,800 saw it.');
		const values = wrong.map((w) => Number(w.replace(/,/g, '')));
		expect(values.some((v) => v < 6_800)).toBe(true);
		expect(values.some((v) => v > 6_800)).toBe(true);
		expect(Math.max(...values)).toBeLessThanOrEqual(6_800 * 2.5);
	});

	it('keep a scale word and currency: “£6.8 million” gets “£10.2 million”', () => {
		const wrong = numericNeighbours(numberSlot('£6.8 million', 6_800_000), 'A £6.8 million plan.');
		expect(wrong).toContain('£10.2 million');
		expect(wrong.every((w) => /^£\d+(\.\d)? million$/.test(w))).toBe(true);
	});

	it('offer only larger numbers after “over” or “-plus”, so none is true by accident', () => {
		const over = numericNeighbours(numberSlot('600', 600), 'It flew over 600 miles.');
		expect(over.map((n) => Number(n.replace(/,/g, ''))).every((n) => n > 600)).toBe(true);
		expect(over.length).toBeGreaterThan(2);
		const plus = numericNeighbours(numberSlot('30', 30), 'By 2030 the 30-plus nations met.');
		expect(plus.map(Number).every((n) => n > 30)).toBe(true);
	});

	it('write a thousand with its comma beside a figure under one ("600" → "1,200")', () => {
		const residents = numericNeighbours(numberSlot('600', 600), 'About 600 residents left.');
		expect(residents).toContain('1,200');
		expect(residents.every((r) => !/^\d{4,}$/.test(r))).toBe(true);
		// A text that writes "2400" keeps its own style.
		expect(numericNeighbours(numberSlot('2400', 2400), 'About 2400 people.')).toContain('3600');
	});

	it('stay outside the tolerance and keep thousands separators', () => {
		const wrong = numericNeighbours(numberSlot('10,000', 10_000, 3_000), 'About 10,000 troops.');
		for (const w of wrong) {
			expect(w).toMatch(/^\d{1,3}(,\d{3})*$/);
			expect(Math.abs(Number(w.replace(/,/g, '')) - 10_000)).toBeGreaterThan(3_000);
		}
	});
});

describe('spreadAround', () => {
	it('puts a wrong number on each side of the answer when the pool has one', () => {
		const ordered = ['143', '166', '133', '48', '71'];
		expect(spreadAround('95', ordered, 3)).toEqual(['143', '166', '48', '133', '71']);
		expect(
			spreadAround('£935,000', ['£1,640,000', '£1,170,000', '£1,870,000', '£470,000'], 3)
		).toEqual(['£1,640,000', '£1,170,000', '£470,000', '£1,870,000']);
	});

	it('keeps the order when the answer is already inside, or nothing lies on the other side', () => {
		expect(spreadAround('95', ['143', '48', '166', '71'], 3)).toEqual(['143', '48', '166', '71']);
		expect(spreadAround('95', ['143', '166', '133'], 3)).toEqual(['143', '166', '133']);
		expect(spreadAround('July', ['May', 'June', 'August'], 3)).toEqual(['May', 'June', 'August']);
	});
});

describe('distractorPool', () => {
	const deck = makeDeck(
		[
			{ id: 'crt', kind: 'organisation', name: 'Coastal Restoration Trust' },
			{ id: 'mfa', kind: 'organisation', name: "the Maddock Fishermen's Association" }
		],
		[
			{
				id: 'survey',
				statement:
					'The survey was published by the conservation charity Coastal Restoration Trust.',
				slots: [
					{ id: 'who', kind: 'organisation', answer: 'Coastal Restoration Trust', entity: 'crt' }
				]
			},
			{
				id: 'chairs',
				statement: 'Graham Penrose chairs Coastal Restoration Trust.',
				slots: [
					{ id: 'who', kind: 'organisation', answer: 'Coastal Restoration Trust', entity: 'crt' }
				]
			}
		]
	);
	const index = indexDeck(deck);

	it('writes a wrong name without "the" after a label noun ("the charity X")', () => {
		const { fact, slot } = factSlot(deck, 'survey');
		expect(distractorPool(index, fact, slot).drawn).toEqual(["Maddock Fishermen's Association"]);
	});

	it('keeps "the" where the sentence reads with it ("chairs the X")', () => {
		const { fact, slot } = factSlot(deck, 'chairs');
		expect(distractorPool(index, fact, slot).drawn).toEqual([
			"the Maddock Fishermen's Association"
		]);
	});

	it('offers after "<label>, " only names that are of that label by their name', () => {
		const airlines = makeDeck(
			[
				{ id: 'kra', kind: 'organisation', name: 'Kestrel Regional Airways' },
				{ id: 'nsgp', kind: 'organisation', name: 'the North Shore Growth Partnership' },
				{ id: 'fly', kind: 'organisation', name: 'Skylark Air' }
			],
			[
				{
					id: 'lead',
					statement: 'Its only remaining airline, Kestrel Regional Airways, is leaving.',
					slots: [
						{ id: 'who', kind: 'organisation', answer: 'Kestrel Regional Airways', entity: 'kra' }
					]
				}
			]
		);
		const { fact, slot } = factSlot(airlines, 'lead');
		const pool = distractorPool(indexDeck(airlines), fact, slot);
		expect([...pool.curated, ...pool.drawn]).toEqual(['Skylark Air']);
	});
});

describe('distractorPool: people named as people are', () => {
	it('offers no one-word name (a tapir) for a full name, nor a full name for it', () => {
		const zoo = makeDeck(
			[
				{ id: 'hm', kind: 'person', name: 'Helen Marchbank' },
				{ id: 'ph', kind: 'person', name: 'Priya Haldane' },
				{ id: 'suri', kind: 'person', name: 'Suri' },
				{ id: 'bayu', kind: 'person', name: 'Bayu' }
			],
			[
				{
					id: 'chief',
					statement: "The zoo's chief executive, Helen Marchbank, said its accounts were audited.",
					slots: [{ id: 'who', kind: 'person', answer: 'Helen Marchbank', entity: 'hm' }]
				},
				{
					id: 'father',
					statement: "The calf's father, Bayu, arrived from a partner zoo in 2022.",
					slots: [{ id: 'who', kind: 'person', answer: 'Bayu', entity: 'bayu' }]
				}
			]
		);
		const index = indexDeck(zoo);
		const chief = factSlot(zoo, 'chief');
		expect(distractorPool(index, chief.fact, chief.slot).drawn).toEqual(['Priya Haldane']);
		const father = factSlot(zoo, 'father');
		expect(distractorPool(index, father.fact, father.slot).drawn).toEqual(['Suri']);
	});

	it('offers in a sports report only people of the answer’s sex', () => {
		const people = (sexes: [string, 'female' | 'male'][]) =>
			sexes.map(([name, gender]) => ({
				id: name.toLowerCase().replace(' ', '-'),
				kind: 'person' as const,
				name,
				gender
			}));
		const race = makeDeck(
			people([
				['Ines Maalouf', 'female'],
				['Joanna Pryce', 'female'],
				['Sofie Brandt', 'female'],
				['Tom Halloran', 'male'],
				['David Amory', 'male']
			]),
			[
				{
					id: 'third',
					statement: 'Her teammate Joanna Pryce finished third, 12 seconds back.',
					slots: [{ id: 'who', kind: 'person', answer: 'Joanna Pryce', entity: 'joanna-pryce' }]
				},
				{
					id: 'council',
					statement: 'The council leader, Joanna Pryce, said the road would reopen.',
					slots: [{ id: 'who', kind: 'person', answer: 'Joanna Pryce', entity: 'joanna-pryce' }]
				}
			]
		);
		const index = indexDeck(race);
		const third = factSlot(race, 'third');
		expect(distractorPool(index, third.fact, third.slot).drawn.sort()).toEqual([
			'Ines Maalouf',
			'Sofie Brandt'
		]);
		const council = factSlot(race, 'council');
		expect(distractorPool(index, council.fact, council.slot).drawn).toHaveLength(4);
	});
});

describe('wrong people of the standing the sentence gives the answer', () => {
	const people = makeDeck(
		[
			{ id: 'pn', kind: 'person', name: 'Priya Nandakumar', category: 'person-expert' },
			{ id: 'hm', kind: 'person', name: 'Helen Marchbank', category: 'person-politician' },
			{ id: 'th', kind: 'person', name: 'Thomas Hale', category: 'person' },
			{ id: 'ia', kind: 'person', name: 'Imogen Sallis', category: 'person' },
			{ id: 'ma', kind: 'person', name: 'Megan Ashworth', category: 'person', gender: 'female' },
			{
				id: 'lh',
				kind: 'person',
				name: 'Lena Haraldsen',
				category: 'person-player',
				gender: 'female'
			},
			{ id: 'cb', kind: 'person', name: 'Chloe Barrington', category: 'person', gender: 'female' },
			{
				id: 'sw',
				kind: 'person',
				name: 'Susan Whitlock',
				category: 'person-official',
				gender: 'female'
			}
		],
		[
			{
				id: 'economist',
				statement: 'The rise was sharpest among men, said Dr Priya Nandakumar.',
				slots: [{ id: 'who', kind: 'person', answer: 'Priya Nandakumar', entity: 'pn' }]
			},
			{
				id: 'goal',
				statement: 'Megan Ashworth pulled a goal back in the 44th minute.',
				slots: [{ id: 'who', kind: 'person', answer: 'Megan Ashworth', entity: 'ma' }]
			}
		]
	);
	const index = {
		...indexDeck(people),
		deck: { ...people, article: 'Dr Thomas Hale said so. Imogen Sallis, a farmer, said so too.' }
	};

	it('offers for "said Dr _____" only the article\'s doctors and experts', () => {
		const { fact, slot } = factSlot(people, 'economist');
		const { drawn } = distractorPool(index, fact, slot);
		expect(drawn).toContain('Thomas Hale');
		expect(drawn).not.toContain('Helen Marchbank');
		expect(drawn).not.toContain('Imogen Sallis');
	});

	it('offers for a goal scorer no club chair', () => {
		const { fact, slot } = factSlot(people, 'goal');
		const { drawn } = distractorPool(index, fact, slot);
		expect(drawn).toContain('Lena Haraldsen');
		expect(drawn).not.toContain('Susan Whitlock');
	});
});

describe('wrong people for a blank a title stands before', () => {
	it('offers for "Judge _____" only people of the judge\'s class', () => {
		const court = makeDeck(
			[
				{ id: 'ar', kind: 'person', name: 'Anthony Rudd', category: 'person-legal' },
				{ id: 'hm', kind: 'person', name: 'Helen Marchbank', category: 'person-legal' },
				{ id: 'fa', kind: 'person', name: 'Fiona Harland', category: 'person-legal' },
				{ id: 'mh', kind: 'person', name: 'Margaret Hollins', category: 'person' },
				{ id: 'tw', kind: 'person', name: 'Tomasz Wren', category: 'person' }
			],
			[
				{
					id: 'sentence',
					statement: 'Sentencing the men, Judge Anthony Rudd said the burglaries had been planned.',
					slots: [{ id: 'who', kind: 'person', answer: 'Anthony Rudd', entity: 'ar' }]
				}
			]
		);
		const { fact, slot } = factSlot(court, 'sentence');
		const { drawn } = distractorPool(indexDeck(court), fact, slot);
		expect(drawn).toEqual(expect.arrayContaining(['Helen Marchbank', 'Fiona Harland']));
		expect(drawn).not.toContain('Margaret Hollins');
		expect(drawn).not.toContain('Tomasz Wren');
	});
});

describe("wrong firms of the trade the answer's name says", () => {
	it('offers no rail firm for a water company', () => {
		const firms = makeDeck(
			[
				{ id: 'rw', kind: 'organisation', name: 'Ravel Water', category: 'business' },
				{ id: 'wr', kind: 'organisation', name: 'Westmarch Rail', category: 'business' },
				{ id: 'hb', kind: 'organisation', name: 'Hollis Bakery', category: 'business' },
				{ id: 'cw', kind: 'organisation', name: 'Calder Water', category: 'business' },
				{ id: 'lg', kind: 'organisation', name: 'Lindqvist Group', category: 'business' }
			],
			[
				{
					id: 'ban',
					statement: 'Ravel Water announced a hosepipe ban for its 1.3 million customers.',
					slots: [{ id: 'who', kind: 'organisation', answer: 'Ravel Water', entity: 'rw' }]
				}
			]
		);
		const { fact, slot } = factSlot(firms, 'ban');
		const { drawn } = distractorPool(indexDeck(firms), fact, slot);
		expect(drawn).toContain('Calder Water');
		expect(drawn).toContain('Lindqvist Group');
		expect(drawn).not.toContain('Westmarch Rail');
		expect(drawn).not.toContain('Hollis Bakery');
	});
});
