/** "the library" and the deck's named bodies: which heads name a body (dangling-reference.ts). */
import { describe, expect, it } from 'vitest';
import { danglingReference } from './dangling-reference.ts';
import { contextOf, factSlot, makeDeck, trueStatement } from './test-deck.ts';

describe('“the library” beside a group named for one', () => {
	const deckNaming = (name: string) =>
		makeDeck(
			[{ id: 'named', kind: 'organisation', name }],
			[
				{
					id: 'save',
					statement: 'The council said the library would shut by 2030.',
					slots: [{ id: 'year', kind: 'date', answer: '2030' }]
				}
			]
		);
	const lint = (name: string) => {
		const deck = deckNaming(name);
		return danglingReference(trueStatement(factSlot(deck, 'save').fact), contextOf(deck));
	};

	it('asks which library when the deck names one, not when it names only its friends', () => {
		expect(lint('Holmcaster Library').map((f) => f.message)).toEqual([
			'“the library” does not say which library'
		]);
		expect(lint('Friends of Holmcaster Library')).toEqual([]);
	});
});
