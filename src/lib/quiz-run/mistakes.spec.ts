import { describe, expect, it } from 'vitest';
import { describeMistakesAdded, type MistakesAdded } from './mistakes.ts';

const result = (over: Partial<MistakesAdded>): MistakesAdded => ({
	questions: 5,
	facts: 5,
	added: ['a', 'b', 'c', 'd', 'e'],
	alreadyDue: 0,
	leftOut: 0,
	...over
});

describe('describeMistakesAdded', () => {
	it('says how many cards were added, and that it is one per fact', () => {
		expect(describeMistakesAdded(result({}))).toBe(
			"You missed 5 questions: 5 cards added to today's reviews, one per fact."
		);
		expect(describeMistakesAdded(result({ questions: 1, facts: 1, added: ['a'] }))).toBe(
			"You missed 1 question: 1 card added to today's reviews, one per fact."
		);
	});

	it('says why a fact got no card', () => {
		expect(
			describeMistakesAdded(result({ questions: 6, added: ['a', 'b'], alreadyDue: 2, leftOut: 1 }))
		).toBe(
			"You missed 6 questions on 5 facts: 2 cards added to today's reviews, one per fact. " +
				"2 facts already had a card due today. 1 fact's cards are suspended: it was left out."
		);
		expect(
			describeMistakesAdded(result({ facts: 1, questions: 1, added: [], alreadyDue: 1 }))
		).toBe('You missed 1 question: no card added. 1 fact already had a card due today.');
	});
});
