import { describe, expect, it } from 'vitest';
import { ALL_DECKS, deckChoices, inScope } from './scope.ts';

describe('deckChoices', () => {
	it('lists curated decks first, then saved user decks by title, without repeats', () => {
		const curated = [{ id: 'c', title: 'Curated' }];
		const saved = [
			{ id: 'c', title: 'Curated', kind: 'curated' as const },
			{ id: 'u2', title: 'Zebra', kind: 'user' as const },
			{ id: 'u1', title: 'Apple', kind: 'user' as const }
		];
		expect(deckChoices(curated, saved).map((d) => d.id)).toEqual(['c', 'u1', 'u2']);
		expect(deckChoices(curated, [])).toEqual([{ id: 'c', title: 'Curated' }]);
	});
});

describe('inScope', () => {
	it('keeps the chosen deck, or everything', () => {
		const rows = [{ deckId: 'a' }, { deckId: 'b' }];
		expect(inScope(rows, 'b')).toEqual([{ deckId: 'b' }]);
		expect(inScope(rows, ALL_DECKS)).toEqual(rows);
	});
});
