import { describe, expect, it } from 'vitest';
import { monthsIn, referenceMonth } from './article-date.ts';
import { makeDeck } from './test-deck.ts';

describe('referenceMonth', () => {
	it('is the latest month of the year the article names in its past, not its future', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'ruling',
					statement: 'The regulator ruled on Thursday, 6 March 2025.',
					slots: [{ id: 'when', kind: 'date', answer: '6 March 2025' }]
				},
				{
					id: 'fault',
					statement: 'The fault began in January 2025 and refunds are expected by June 2025.',
					slots: [{ id: 'when', kind: 'date', answer: 'January 2025' }]
				}
			]
		);
		expect(referenceMonth(deck, 2025)).toBe(3);
		expect(referenceMonth(deck, 2024)).toBeUndefined();
		expect(monthsIn('from 6 March 2025 to April, 2026')).toEqual([
			[2025, 3],
			[2026, 4]
		]);
	});
});
