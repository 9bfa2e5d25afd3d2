import { describe, expect, it } from 'vitest';
import { factAccuracy, weakestFacts } from './accuracy.ts';

const deck = {
	id: 'd',
	facts: [
		{ id: 'a', statement: 'A is true.', topic: 'Land' },
		{ id: 'b', statement: 'B is true.', topic: 'Sea' },
		{ id: 'c', statement: 'C is true.', topic: 'Land' },
		{ id: 'e', statement: 'E is true.' }
	]
};
const review = (factId: string, rating: number, deckId = 'd') => ({ deckId, factId, rating });
const attempt = (answers: [string, boolean][], deckId = 'd') => ({
	deckId,
	answers: answers.map(([factId, correct]) => ({ factId, correct }))
});

describe('factAccuracy', () => {
	it('is empty without answers', () => {
		const result = factAccuracy([], [], deck);
		expect(result).toMatchObject({
			total: 0,
			right: 0,
			rate: 0,
			facts: [],
			topics: [],
			weakest: []
		});
	});

	it('counts "Again" and wrong quiz answers as wrong, per fact and per topic', () => {
		const result = factAccuracy(
			[
				review('a', 1),
				review('a', 3),
				review('b', 2),
				review('b', 4),
				review('c', 1),
				review('e', 3),
				review('a', 1, 'other-deck'), // another deck's history
				review('gone', 1) // a fact no longer in the deck
			],
			[
				attempt([
					['a', false],
					['c', true],
					['b', true]
				]),
				attempt([['a', false]], 'other-deck')
			],
			deck
		);
		expect(result.facts.map((f) => [f.factId, f.right, f.total])).toEqual([
			['a', 1, 3],
			['b', 3, 3],
			['c', 1, 2],
			['e', 1, 1]
		]);
		expect(result.facts[3].topic).toBe('Other');
		expect(result.topics.map((t) => [t.topic, t.right, t.total, t.facts])).toEqual([
			['Land', 2, 5, 2],
			['Sea', 3, 3, 1], // 100 % like Other, but on more answers
			['Other', 1, 1, 1]
		]);
		expect(result).toMatchObject({ right: 6, total: 9 });
		expect(result.weakest.map((f) => f.factId)).toEqual(['a', 'c']);
		expect(result.weakest[0].rate).toBeCloseTo(1 / 3);
	});

	it('lists a fact as weak only with enough answers and at least one wrong', () => {
		const reviews = [
			review('a', 1),
			review('b', 3),
			review('b', 3),
			review('c', 1),
			review('c', 1)
		];
		expect(factAccuracy(reviews, [], deck).weakest.map((f) => f.factId)).toEqual(['c']);
		expect(factAccuracy(reviews, [], deck, { minAnswers: 1 }).weakest.map((f) => f.factId)).toEqual(
			['c', 'a']
		);
		expect(factAccuracy(reviews, [], deck, { minAnswers: 1, limit: 1 }).weakest).toHaveLength(1);
	});

	it('breaks ties by more answers, then by deck order', () => {
		const reviews = [review('c', 1), review('c', 3), review('a', 1), review('a', 3)];
		const quiz = [
			attempt([
				['b', false],
				['b', true],
				['b', false],
				['b', true]
			])
		];
		expect(factAccuracy(reviews, quiz, deck).weakest.map((f) => f.factId)).toEqual(['b', 'a', 'c']);
	});
});

describe('weakestFacts', () => {
	it('merges decks weakest first', () => {
		const other = { id: 'o', facts: [{ id: 'x', statement: 'X.' }] };
		const one = factAccuracy([review('a', 1), review('a', 3)], [], deck);
		const two = factAccuracy([review('x', 1, 'o'), review('x', 1, 'o')], [], other);
		expect(weakestFacts([one, two]).map((f) => `${f.deckId}/${f.factId}`)).toEqual(['o/x', 'd/a']);
		expect(weakestFacts([one, two], 1)).toHaveLength(1);
	});
});
