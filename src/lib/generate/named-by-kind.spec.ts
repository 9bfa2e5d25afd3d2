/**
 * A body or place the text names and then calls by its kind: "the hospice" of St Elwyn's Hospice,
 * "the theatre" of the Harcourt Playhouse, "the school" of Thornleigh Academy, "the river" of the
 * River Wendle, "the county" of Darrowshire; and a city that is not the story's town.
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityKinds, lastFact, resolveLast, statementsOf } from './test-text.ts';

describe('a named thing called by its kind', () => {
	it('keeps a saint\'s possessive inside a name ("St Elwyn\'s Hospice") and writes it for "the hospice"', () => {
		const text =
			"Riders raised £18,000 for St Elwyn's Hospice on Sunday. They finished at the hospice in Ellsworth.";
		expect(entityKinds(analyseText(text).index)).toContain("organisation St Elwyn's Hospice");
		expect(lastFact(text).fact?.statement).toMatch(
			/finished at St Elwyn's Hospice in Ellsworth\.$/
		);
	});

	it('writes the playhouse for "the theatre", and the academy for "the school"', () => {
		expect(
			lastFact(
				'The Harcourt Playhouse in Brackenfield sold 52,000 tickets. Laura Penhaligon said the theatre had added 11 extra performances.'
			).fact?.statement
		).toBe('Laura Penhaligon said the Harcourt Playhouse had added 11 extra performances.');
		expect(
			lastFact(
				'Pupils at Thornleigh Academy in Ashcombe moved into a new block. Rebecca Allingham said 1,140 pupils at the school would use it.'
			).fact?.statement
		).toMatch(/said 1,140 pupils at Thornleigh Academy would use it\.$/);
	});

	it('writes a river by the kind its name begins with', () => {
		expect(
			lastFact(
				'A flood warning was issued for the River Wendle on Sunday. By midnight the river had reached 3.4 metres.'
			).fact?.statement
		).toBe('By midnight the River Wendle had reached 3.4 metres.');
	});

	it('writes the one county named before for "the county"', () => {
		expect(
			lastFact(
				"More than 420 cyclists rode 104 miles across Darrowshire on Saturday. The hospice's team visits about 160 people a week across the county."
			).fact?.statement
		).toMatch(/across Darrowshire\.$/);
	});

	it('takes "residents of X" and "between X and Y" for places', () => {
		const { index } = analyseText(
			'More than 200 residents of Sallowford were told to leave. The road between Sallowford and Dunmere was shut.'
		);
		expect(entityKinds(index)).toEqual(
			expect.arrayContaining(['place Sallowford', 'place Dunmere'])
		);
	});
});

describe('"the city" that is not the story\'s town', () => {
	it('leaves "the city" of a text that sets it beside its town', () => {
		const { sentence, rewrite } = resolveLast(
			'Commuters between Corvenham and the city will pay more from March, Corvenham Borough Council said. Cllr Joanne Pell said higher fares would push commuters to drive into the city.'
		);
		expect(sentence.text).toMatch(/into the city/);
		expect([...rewrite.replacements.values()]).not.toContain('Corvenham');
	});
});

describe('"Its chairwoman" after "the council\'s committee"', () => {
	it("does not give the committee's chairwoman to the council", () => {
		const { rewrite } = resolveLast(
			"Kelsworth Borough Council's health scrutiny committee has asked trust bosses to appear on 22 May. Its chairwoman, councillor Denise Halloran, said members were concerned."
		);
		expect([...rewrite.replacements.values()].join(' ')).not.toMatch(/Kelsworth Borough Council/);
	});

	it('still gives "Their coach" to the club whose victory the sentence before told of', () => {
		const { rewrite } = resolveLast(
			"Hendlesham Rangers' victory, their fourth in a row, lifts them to sixth. Their coach, Martin Quayle, said he felt sympathy for the losers."
		);
		expect([...rewrite.replacements.values()].join(' ')).toMatch(/Hendlesham Rangers/);
	});
});

describe('where one name ends and the next begins', () => {
	it('ends a firm\'s name before "for" and the body it works for', () => {
		const { index } = analyseText(
			'The Kestle Road centre, built by Harrow & Pike Construction for Tarnside Borough Council, has an eight-lane pool.'
		);
		expect(entityKinds(index)).toEqual(
			expect.arrayContaining([
				'organisation Harrow & Pike Construction',
				'organisation Tarnside Borough Council'
			])
		);
		expect(
			entityKinds(analyseText('The Campaign for Better Transport said fares were too high.').index)
		).toContain('organisation Campaign for Better Transport');
	});

	it('keeps a compass word that opens a sentence in the name', () => {
		const { index } = analyseText(
			'Fares will rise in March. North Ravensholt County Council, which subsidises several routes, said it would act.'
		);
		expect(entityKinds(index)).toContain('organisation North Ravensholt County Council');
	});

	it('takes "in Brackenhythe town centre" for the town', () => {
		const { index } = analyseText(
			'Shoplifting in Brackenhythe town centre has risen by 46% in a year, police said.'
		);
		expect(entityKinds(index)).toContain('place Brackenhythe');
	});
});

describe('a feast that is no place', () => {
	it('never keeps "Christmas" as a named thing, so "the town" is not written as it', () => {
		const { index } = analyseText(
			"A market town's Christmas lights will be switched off at 10pm this year. The switch-on will go ahead before Christmas."
		);
		expect(entityKinds(index).some((k) => / Christmas$/.test(k))).toBe(false);
	});
});

describe('an award that is no body', () => {
	it('never keeps "Community Group" of "Community Group of the Year", so "the group" stays', () => {
		const text = [
			'A group of volunteers who cleared nine tonnes of rubbish from Pennock Bay have been named Community Group of the Year.',
			'The Pennock Pickers beat 46 other nominees to the title.',
			'The group was founded in 2021 by Anita Rawcliffe, a nurse.'
		].join('\n\n');
		expect(entityKinds(analyseText(text).index).some((k) => /Community Group/.test(k))).toBe(false);
		expect(statementsOf(text).some((s) => s.includes('Community Group was'))).toBe(false);
	});
});

describe('a firm named for what it owns', () => {
	it('takes "Hallcroft Estates" for a firm, not a person whose surname is "Estates"', () => {
		const { index } = analyseText(
			'The building became available last April. Its landlord, Hallcroft Estates, agreed to let the hospice have the unit at half the usual rent.'
		);
		expect(entityKinds(index)).toContain('organisation Hallcroft Estates');
	});
});
