import { describe, expect, it } from 'vitest';
import { deckMisprints, misprintsIn } from './misprints.ts';

describe('deckMisprints', () => {
	it('lists the deck’s misprints, then each garbled name corrected to the entity’s name', () => {
		const misprints = deckMisprints({
			misprints: [{ printed: 'Sir Kir', correct: 'Sir Keir' }],
			entities: [{ name: 'Keir Starmer', garbled: ['Sir Kir', 'Stmmers'] }, { name: 'NATO' }]
		});
		expect(misprints).toEqual([
			{ printed: 'Sir Kir', correct: 'Sir Keir' },
			{ printed: 'Stmmers', correct: 'Keir Starmer' }
		]);
	});
});

describe('misprintsIn', () => {
	const misprints = [
		{ printed: 'Stmmers', correct: 'Starmer' },
		{ printed: 'Sir Kire Stmmers', correct: 'Sir Keir Starmer' },
		{ printed: 'safety guarantee', correct: 'security guarantee' }
	];

	it('prefers the longest misprint and lists each once, in text order', () => {
		expect(
			misprintsIn('A safety guarantee, Sir Kire Stmmers said: a safety guarantee.', misprints)
		).toEqual([misprints[2], misprints[1]]);
	});

	it('finds nothing in a clean text', () => {
		expect(misprintsIn('Keir Starmer spoke.', misprints)).toEqual([]);
	});
});
