import { describe, expect, it } from 'vitest';
import { monthsIn, referenceMonth, referenceYear } from './article-date.ts';
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

describe('referenceYear', () => {
	it('leaves out a year the clause looks ahead to, not one a later verb brings back', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'merge',
					statement:
						'Two schools in Corrin will merge into a single academy in September 2026 because pupil numbers have fallen sharply, the council decided on Wednesday, 21 May 2025.',
					slots: [{ id: 'when', kind: 'date', answer: 'September 2026' }]
				}
			]
		);
		expect(referenceYear(deck)).toBe(2025);
		expect(referenceMonth(deck, 2025)).toBe(5);
	});

	it('leaves out a deadline ("by the end of 2027")', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'deadline',
					statement:
						'The trust was founded in 2021. If the target is not reached by the end of 2027, it will move.',
					slots: [{ id: 'when', kind: 'date', answer: '2021' }]
				}
			]
		);
		expect(referenceYear(deck)).toBe(2021);
	});

	it('leaves out the year a change starts from', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'yearly',
					statement:
						'The council voted on 21 October 2025 to hold the festival every year, starting in 2026.',
					slots: [{ id: 'when', kind: 'date', answer: '21 October 2025' }]
				}
			]
		);
		expect(referenceYear(deck)).toBe(2025);
	});

	it('reads a clause through a time ("due to leave at 6.40pm on Saturday, 3 January 2026")', () => {
		const deck = makeDeck(
			[],
			[
				{
					id: 'announced',
					statement: 'The airline announced the decision on Wednesday, 12 November 2025.',
					slots: [{ id: 'when', kind: 'date', answer: '12 November 2025' }]
				},
				{
					id: 'last',
					statement:
						'The last flight on the route is due to leave at 6.40pm on Saturday, 3 January 2026.',
					slots: [{ id: 'when', kind: 'date', answer: '3 January 2026' }]
				}
			]
		);
		expect(referenceYear(deck)).toBe(2025);
	});
});
