import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { findContrast } from './contrasts.ts';
import { leadingConnectives, quotedTokens } from './sentences.ts';

/** The contrast of one sentence, with the quoted words and the skip candidates.ts gives it. */
function contrast(text: string) {
	const [sentence] = analyseParagraph(text, 0, 0);
	return findContrast(sentence, quotedTokens(sentence), leadingConnectives(sentence));
}

describe('findContrast: comparisons', () => {
	it('turns "less … than" into "more"', () => {
		expect(contrast('Warm water holds less oxygen than cold.')).toEqual({
			at: 3,
			word: 'less',
			opposite: 'more'
		});
	});

	it('turns "More" before a plural into "Fewer", capitalised as written', () => {
		expect(contrast('More people than ever visited the library last year.')).toMatchObject({
			word: 'More',
			opposite: 'Fewer'
		});
	});

	it('turns a comparative into its opposite: "warmer than" → "colder"', () => {
		expect(contrast('The lake is now warmer than it was in the 1980s.')).toMatchObject({
			word: 'warmer',
			opposite: 'colder'
		});
	});

	it('finds none in "more" that no "than" follows: "more breathing room"', () => {
		expect(
			contrast(
				'Some members argued that a deeper cut of half a point would give more breathing room.'
			)
		).toBeUndefined();
	});

	it('finds none in "the worst possible moment", an idiom no opposite turns round', () => {
		expect(
			contrast('Traders said the closure had come at the worst possible moment.')
		).toBeUndefined();
		expect(contrast('It was the worst result in the club’s history.')).toMatchObject({
			word: 'worst',
			opposite: 'best'
		});
	});

	it('finds none in a fixed phrase: "more than 5,000"', () => {
		expect(contrast('More than 5,000 people visited the library last year.')).toBeUndefined();
	});
});

describe('findContrast: verbs', () => {
	it('turns the verb "cut" into "raised"', () => {
		expect(contrast('The bank cut the rate to 3.5% on Thursday.')).toEqual({
			at: 2,
			word: 'cut',
			opposite: 'raised'
		});
	});

	// Once a bug: the tagger reads "cut" before "its" as a noun ("the bank cut").
	it('turns "cut" before "its" into "raised": "the bank cut its rate"', () => {
		expect(contrast('The bank cut its main rate to 3.5% on Thursday.')).toMatchObject({
			word: 'cut',
			opposite: 'raised'
		});
	});

	it('leaves "raised" that voices or collects: concerns, money', () => {
		expect(
			contrast('Some housebuilders had raised concerns during a consultation last autumn.')
		).toBe(undefined);
		expect(contrast('The group raised £18,400 in six weeks from villagers.')).toBeUndefined();
	});

	it('turns "approved" into "rejected"', () => {
		expect(contrast('The council approved the plan for a new road by the river.')).toMatchObject({
			word: 'approved',
			opposite: 'rejected'
		});
	});

	it('finds none in a participle that describes a noun: "about fallen trees"', () => {
		expect(
			contrast(
				'The fire service answered 412 calls, most of them about fallen trees and loose roofs.'
			)
		).toBeUndefined();
		// As a verb it still turns round.
		expect(contrast('Visitor numbers have fallen by a third in the county.')).toMatchObject({
			word: 'fallen',
			opposite: 'risen'
		});
	});

	it('finds none in a time word or in what is yet to happen', () => {
		expect(
			contrast('Ruth Ashworth later recalled that a lecturer had doubted her calculations.')
		).toBeUndefined();
		expect(
			contrast('The treaty must still be approved by both parliaments before the end of the year.')
		).toBeUndefined();
		expect(contrast('Westshore Rail passengers face a longer wait this winter.')).toBeUndefined();
		expect(contrast('The vote came later than the council had promised.')).toMatchObject({
			word: 'later',
			opposite: 'earlier'
		});
	});

	it('finds none in the noun "a deeper cut"', () => {
		expect(
			contrast('Members argued for a deeper cut at the next meeting in March.')
		).toBeUndefined();
	});

	it('finds none in the phrasal verb "cut back"', () => {
		expect(contrast('The council cut back the fees for most of the winter.')).toBeUndefined();
		// The same sentence without "back" has one: it is the particle that rules it out.
		expect(contrast('The council cut the fees for most of the winter.')).toMatchObject({
			word: 'cut'
		});
	});
});

describe('findContrast: sentences that give their reason', () => {
	it('finds none in a sentence with "because"', () => {
		expect(contrast('Warm water holds less oxygen than cold water does.')).toMatchObject({
			word: 'less'
		});
		expect(
			contrast('Warm water holds less oxygen than cold water, because gases dissolve less easily.')
		).toBeUndefined();
	});
});

describe('findContrast: negations', () => {
	it('drops the "not" of "is not directly poisonous"', () => {
		expect(contrast('The algae is not directly poisonous to the fish in the lake.')).toEqual({
			at: 2,
			word: 'is not',
			opposite: 'is'
		});
	});

	it('counts from after a leading connective', () => {
		expect(
			contrast('However, the algae is not directly poisonous to the fish in the lake.')
		).toEqual({ at: 3, word: 'is not', opposite: 'is' });
	});

	it('finds none in "will not arrive until…"', () => {
		expect(
			contrast('The new trains will not arrive until the spring of next year.')
		).toBeUndefined();
		expect(
			contrast('The fish will not survive another hot summer in the shallow lake.')
		).toMatchObject({ word: 'will not', opposite: 'will' });
	});

	it('finds none in "have not yet named" nor in a warning\'s "may not cope"', () => {
		expect(
			contrast('Keepers have not yet named the calf born at the zoo in October.')
		).toBeUndefined();
		expect(
			contrast('The contractor has warned that some older kitchens may not cope with demand.')
		).toBeUndefined();
	});

	it('finds none in "was not X but Y", which weighs two things', () => {
		expect(
			contrast('The main cause of the delays was not a shortage of crews but the queues.')
		).toBeUndefined();
	});
});

describe('findContrast: quotations and names', () => {
	it('finds none in words inside quotation marks', () => {
		expect(
			contrast('Residents called it "a bigger mistake than the last one" at the meeting.')
		).toBeUndefined();
		expect(
			contrast('Residents called the plan a bigger mistake than the last one at the meeting.')
		).toMatchObject({ word: 'bigger', opposite: 'smaller' });
	});

	it('finds none in a name: "the North Sea"', () => {
		expect(
			contrast('Oil was first found in the North Sea by a Dutch crew in 1965.')
		).toBeUndefined();
		expect(contrast('The storm moved north over the islands during the night.')).toMatchObject({
			word: 'north',
			opposite: 'south'
		});
	});

	it('finds none in a hyphenated word: "north-facing"', () => {
		expect(contrast('The north-facing slope of the hill stays wet all year.')).toBeUndefined();
	});
});

describe('findContrast: verbs that take another preposition', () => {
	it('does not turn "allowed to harvest" into "banned to harvest"', () => {
		expect(contrast('Fishermen will be allowed to harvest oysters again in 2030.')).toBeUndefined();
	});
});

describe('findContrast: no "not" dropped after "but" or "although"', () => {
	it('leaves the clause whose way the conjunction says', () => {
		expect(
			contrast(
				'Shopkeepers said they were ordering extra stock, but that milk and bread could not be kept for long.'
			)
		).toBeUndefined();
		expect(
			contrast('Schools will stay open, although some teachers may not be able to reach them.')
		).toBeUndefined();
		expect(contrast('The fungus is not directly poisonous to the bees.')?.opposite).toBe('is');
	});
});

describe('findContrast: conditions and records', () => {
	it('turns round nothing in an "if" or "when" clause, nor "the largest ever"', () => {
		expect(
			contrast('If it has not improved by then, it could be stopped from admitting residents.')
		).toBeUndefined();
		expect(contrast('A belt might appear to be fastened when it was not properly locked.')).toBe(
			undefined
		);
		expect(contrast('The win is the largest ever recorded in Kettleford.')).toBeUndefined();
		expect(contrast("The trust's deficit is the third largest in the region.")).toBeUndefined();
		expect(contrast('It will be lifted by one of the largest cranes in the country.')).toBe(
			undefined
		);
		expect(contrast('The new ward is larger than the old one.')).toMatchObject({
			opposite: 'smaller'
		});
	});
});
