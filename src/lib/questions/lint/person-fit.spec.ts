/** Titles and pronouns around a person swapped into a sentence (person-fit.ts). */
import { describe, expect, it } from 'vitest';
import { indexDeck } from '../deck-index.ts';
import { pronounAfter, sexOfEvent, titleConflict } from './person-fit.ts';
import { selfContradiction as lint } from './self-contradiction.ts';
import { contextOf, factSlot, falseStatement, makeDeck } from './test-deck.ts';

describe('titles and pronouns around a swapped name', () => {
	const deck = {
		...makeDeck(
			[
				{ id: 'amara-castellan', kind: 'person', name: 'Amara Castellan', gender: 'female' },
				{ id: 'colin-ferris', kind: 'person', name: 'Colin Ferris', gender: 'male' },
				{ id: 'ray-dunn', kind: 'person', name: 'Ray Dunn' }
			],
			[{ id: 'told', statement: 'Mr Ferris told the museum.' }]
		),
		article:
			'A dog walker, Colin Ferris, saw the boat. Mr Ferris told the museum. A team led by Dr Amara Castellan dug it out. Ray Dunn filmed it.'
	};
	const index = indexDeck(deck);
	const person = (id: string) => index.entity(id)!;

	it('refuses a title the article gives that person otherwise, or of the other sex', () => {
		expect(titleConflict('said Dr ', person('colin-ferris'), index)).toMatch(
			/calls Colin Ferris Mr, not Dr/
		);
		expect(titleConflict('noticed by Mr ', person('amara-castellan'), index)).toMatch(
			/“Mr” for someone the article calls she/
		);
	});

	it('keeps the title the article uses, and any title for someone it never titles', () => {
		expect(titleConflict('said Dr ', person('amara-castellan'), index)).toBeUndefined();
		expect(titleConflict('said Mr ', person('colin-ferris'), index)).toBeUndefined();
		expect(titleConflict('said Dr ', person('ray-dunn'), index)).toBeUndefined();
		expect(titleConflict('said ', person('colin-ferris'), index)).toBeUndefined();
	});

	it('reads "his" past a place after a preposition: "_____ of Uganda won … his time"', () => {
		const statement = 'Abel Sitienei of Uganda won in 2:09:18, and his time was slow.';
		expect(pronounAfter(statement, 0, 'Abel Sitienei'.length)).toBe('male');
		expect(
			pronounAfter('Helen Ashdown, who runs a shop on Bridge Street, said her takings fell.', 0, 13)
		).toBe('female');
		expect(pronounAfter('Abel Sitienei beat Tom Reed, and his time was slow.', 0, 13)).toBe(
			undefined
		);
	});

	it('reads past "at the Stallbridge site" and a few words in quotation marks', () => {
		const fitter =
			'Sarah Ellingham, 58, who worked at the Stallbridge site for 34 years, said he expected less.';
		expect(pronounAfter(fitter, 0, 'Sarah Ellingham'.length)).toBe('male');
		const haulier =
			'Morag Sinclair said the crossings would "shoogle" his lorries and add time to every journey.';
		expect(pronounAfter(haulier, 0, 'Morag Sinclair'.length)).toBe('male');
		expect(
			pronounAfter(
				'State Rep. Samuel Okafor, a Democrat from the islands, said she would ask.',
				11,
				14
			)
		).toBe('female');
		// A longer quotation is someone else speaking.
		expect(
			pronounAfter('Morag Sinclair said: "They will slow down every one of his lorries."', 0, 14)
		).toBeUndefined();
	});
});

describe('a swapped person before "he" or "she"', () => {
	const deck = makeDeck(
		[
			{ id: 'viktor-alsing', kind: 'person', name: 'Viktor Alsing', gender: 'male' },
			{ id: 'anton-rask', kind: 'person', name: 'Anton Rask', gender: 'male' },
			{ id: 'petra-lund', kind: 'person', name: 'Petra Lund' },
			{ id: 'maria-oskarsson', kind: 'person', name: 'Maria Oskarsson', gender: 'female' }
		],
		[
			{
				id: 'record',
				statement: 'The previous youngest champion, Viktor Alsing, was 18 when he won in 1979.',
				slots: [{ id: 'who', kind: 'person', answer: 'Viktor Alsing', entity: 'viktor-alsing' }]
			}
		]
	);
	const context = contextOf(deck);
	const { fact, slot } = factSlot(deck, 'record', 'who');

	it('must be known to fit: someone the article never calls either may be the other', () => {
		expect(lint(falseStatement(fact, slot, 'Anton Rask'), context)).toEqual([]);
		expect(lint(falseStatement(fact, slot, 'Maria Oskarsson'), context)[0]?.message).toMatch(
			/calls that person he/
		);
		expect(lint(falseStatement(fact, slot, 'Petra Lund'), context)[0]?.message).toMatch(
			/never says which Petra Lund is/
		);
	});
});

describe('a swapped person after a family tie ("his daughter _____")', () => {
	const deck = makeDeck(
		[
			{ id: 'catriona-munro', kind: 'person', name: 'Catriona Munro', gender: 'female' },
			{ id: 'ewan-strachan', kind: 'person', name: 'Ewan Strachan', gender: 'male' },
			{ id: 'fiona-reddick', kind: 'person', name: 'Fiona Reddick', gender: 'female' }
		],
		[
			{
				id: 'aboard',
				statement: 'On board were the skipper and his daughter Catriona Munro, 26.',
				slots: [{ id: 'who', kind: 'person', answer: 'Catriona Munro', entity: 'catriona-munro' }]
			}
		]
	);
	const context = contextOf(deck);
	const { fact, slot } = factSlot(deck, 'aboard', 'who');

	it('must be of the sex the tie says', () => {
		expect(lint(falseStatement(fact, slot, 'Fiona Reddick'), context)).toEqual([]);
		expect(lint(falseStatement(fact, slot, 'Ewan Strachan'), context)[0]?.message).toMatch(
			/does not fit Ewan Strachan/
		);
	});
});

describe('a swapped person after a role that says a sex ("The group\'s spokeswoman, _____")', () => {
	const deck = makeDeck(
		[
			{ id: 'tania-kerr', kind: 'person', name: 'Tania Kerr', gender: 'female' },
			{ id: 'ruia-tane', kind: 'person', name: 'Ruia Tane', gender: 'female' },
			{ id: 'hemi-rawiri', kind: 'person', name: 'Hemi Rawiri', gender: 'male' },
			{ id: 'sunita-chaudhry', kind: 'person', name: 'Sunita Chaudhry', gender: 'female' },
			{ id: 'tom-reddaway', kind: 'person', name: 'Tom Reddaway', gender: 'male' }
		],
		[
			{
				id: 'refunds',
				statement: "The group's spokeswoman, Tania Kerr, urged customers to ask for a refund.",
				slots: [{ id: 'who', kind: 'person', answer: 'Tania Kerr', entity: 'tania-kerr' }]
			},
			{
				id: 'fields',
				statement: "The farmers' group's chairman, Tom Reddaway, says fields will flood.",
				slots: [{ id: 'who', kind: 'person', answer: 'Tom Reddaway', entity: 'tom-reddaway' }]
			}
		]
	);
	const context = contextOf(deck);

	it('refuses a man for a spokeswoman', () => {
		const { fact, slot } = factSlot(deck, 'refunds', 'who');
		expect(lint(falseStatement(fact, slot, 'Ruia Tane'), context)).toEqual([]);
		expect(lint(falseStatement(fact, slot, 'Hemi Rawiri'), context)[0]?.message).toMatch(
			/does not fit Hemi Rawiri/
		);
	});

	it('takes "chairman" as saying nothing of sex', () => {
		const { fact, slot } = factSlot(deck, 'fields', 'who');
		expect(lint(falseStatement(fact, slot, 'Sunita Chaudhry'), context)).toEqual([]);
	});
});

describe('pronounAfter past an apposition', () => {
	it('reads the pronoun after a role that names an organisation', () => {
		const s =
			"_____, Kelderby District Council's head of environmental health, said her team was short-staffed.";
		expect(pronounAfter(s, 0, 5)).toBe('female');
		expect(
			pronounAfter('_____ met Tom Reddaway, who said his team was ready.', 0, 5)
		).toBeUndefined();
	});
});

describe('pronounAfter in a relative clause', () => {
	it('takes "he" or a possessive before its noun as the person', () => {
		expect(
			pronounAfter('_____, who ran the club with his brother, said it would survive.', 0, 5)
		).toBe('male');
		expect(
			pronounAfter('_____, who founded Greywater with her husband, said the win would help.', 0, 5)
		).toBe('female');
	});
});

describe('sexOfEvent', () => {
	it('reads "The men\'s race was won by _____" and "_____ won the women\'s final"', () => {
		const men = "The men's race was won by _____ of Hallowfield Striders in 1:03:48.";
		expect(sexOfEvent(men, men.indexOf('_'), 5)).toBe('male');
		expect(sexOfEvent("_____ won the women's final in straight sets.", 0, 5)).toBe('female');
		const pass = 'The win was decided when he passed _____ on the climb up Tanners Hill.';
		expect(sexOfEvent(pass, pass.indexOf('_'), 5)).toBeUndefined();
	});
});
