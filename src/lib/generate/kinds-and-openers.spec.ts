/**
 * Words a text calls a named thing by, and whom a "she" inside one sentence means: an event by
 * its kind, "the business" of the one firm, a vessel's and an animal's "she", "This year it…".
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityKinds, lastFact, replacedWords, resolveLast } from './test-text.ts';

const CUP =
	'Marlow Town Under-14s beat Elsworth Colts 3-2 in the final of the Fennick Cup at Ravenmoor Park.';

describe('an event called by its kind', () => {
	it('writes the one event named before for "The tournament"', () => {
		const { fact } = lastFact(`${CUP} The tournament is run by volunteers from the county league.`);
		expect(fact?.statement).toBe('The Fennick Cup is run by volunteers from the county league.');
	});

	it('leaves "the tournament of" a sentence that says which, and a text with two events', () => {
		const { sentence, rewrite } = resolveLast(
			`${CUP} The tournament of champions is held at Ravenmoor Park in June.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		const two = resolveLast(
			`${CUP} The club also won the Harcourt Cup at Ravenmoor Park. The tournament is run by volunteers.`
		);
		expect(replacedWords(two.sentence, two.rewrite)).toEqual({});
	});

	it('keeps the town a team returns to apart from the team', () => {
		const { index } = analyseText(
			`${CUP} The team returned to Marlow on Sunday evening to find the village hall decorated.`
		);
		const team = index.entities.find((e) => e.name === 'Marlow Town Under-14s');
		expect([...(team?.aliases ?? [])]).not.toContain('Marlow');
	});

	it('takes an age group into a team\'s name ("Under-14s")', () => {
		expect(entityKinds(analyseText(CUP).index)).toContain('organisation Marlow Town Under-14s');
	});
});

describe('"This year it…": the thing the sentence before opened with', () => {
	it('reads "it" after an opening time phrase as it reads "It" at the start', () => {
		const { fact } = lastFact(
			`${CUP} The Fennick Cup raises money for children's sport. This year it raised £12,300 from entry fees.`
		);
		expect(fact?.statement).not.toMatch(/^This year it raised/);
	});
});

describe('"the business" of the one firm named before', () => {
	it('writes the firm for "the business"', () => {
		const { fact } = lastFact(
			"Harrow's Bakery on Mill Lane was founded in 1931. Rising flour prices have squeezed the business this year."
		);
		expect(fact?.statement).toBe("Rising flour prices have squeezed Harrow's Bakery this year.");
	});

	it('leaves it when the sentence names a family the firm is not named after, or a renaming', () => {
		const family = resolveLast(
			'Tollcross Foods bought the biscuit maker on Monday. The sale ends 90 years of ownership by the Gresley family, who started the business in 1930.'
		);
		expect(replacedWords(family.sentence, family.rewrite)).toEqual({});
		const renamed = resolveLast(
			'Josiah Brant & Sons built boats in Pellan from 1921. Renamed Brant Marine, the business went on to build 300 vessels.'
		);
		expect(replacedWords(renamed.sentence, renamed.rewrite)).toEqual({});
	});
});

describe('a "she" the sentence itself gives a vessel or an animal', () => {
	it('leaves a ship\'s "she" after the ship, not the woman named before', () => {
		const { sentence, rewrite } = resolveLast(
			'Dr Helen Rusk is leading the dig. Records show that the Good Intent, a trading ship, was carrying wine when she was driven onto the rocks.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('knows a vessel by the apposition after its name, but not a drinking vessel', () => {
		const ship = analyseText('Divers found the Good Intent, a trading ship lost in 1671.');
		expect(ship.index.entities.find((e) => e.name === 'Good Intent')?.category).toBe('vessel');
		const cup = analyseText(
			'The best-known exhibit, the Weavers Cup, a silver drinking vessel made in 1612, is back on display.'
		);
		expect(cup.index.entities.find((e) => e.name === 'Weavers Cup')?.category).not.toBe('vessel');
	});

	it('leaves an animal\'s "her" in the sentence that opens with the animal', () => {
		const { sentence, rewrite } = resolveLast(
			'A grey seal pup found on a beach near Corlan with net around her neck has been released after six weeks.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('still asks who a "her" is when the sentence opens with no animal', () => {
		const { rewrite } = resolveLast(
			'A parcel found on a beach near Corlan with her name on it has been handed in.'
		);
		expect(rewrite.unresolved).toMatch(/could be anyone/);
	});
});

describe('"It is the second…": the story\'s event, which no thing named before stands for', () => {
	it('does not write the alarm of the sentence before for "It"', () => {
		const { sentence, rewrite } = resolveLast(
			'The alarm sounded when the door was forced. It is the second break-in at the Harbour Museum in three years.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(rewrite.unresolved).toMatch(/does not say what it stands for/);
	});
});

describe('names that are firms and names that are no one', () => {
	it('takes "Contractors from Truscott Stone" for a firm', () => {
		const { index } = analyseText(
			'Contractors from Truscott Stone of Porthmellow spent 14 months on the site.'
		);
		expect(entityKinds(index)).toContain('organisation Truscott Stone');
	});

	it('never takes "I\'ll" for a name', () => {
		const { index } = analyseText(
			'"After June I\'ll have to drive to Selbury with the takings," said Priya Caddock.'
		);
		expect(entityKinds(index).some((k) => /I'll/.test(k))).toBe(false);
	});
});

describe('a town the headline names, and a side only a dropped opener says', () => {
	it('writes the headline\'s town for "the town" when the body names it without a cue', () => {
		const { fact } = lastFact(
			"Last bank in Dunmarrow to close\n\nDunmarrow's last bank branch will close in June, leaving the town's residents a long trip. Councillor Alan Brierley, who represents Dunmarrow on Westridge District Council, objected. Harland Bank said its branch on Cooper Street, which has served the town since 1897, will shut on 21 June."
		);
		expect(fact?.statement).toMatch(/which has served Dunmarrow since 1897/);
	});

	it('keeps "Their coach" when "his side" follows, rather than dropping whose coach', () => {
		const { rewrite } = resolveLast(
			'Castlegate went into the final as favourites. Their coach, Lewis Fenwick, said his side had been beaten by a better team.'
		);
		expect(rewrite.unresolved).toMatch(/his side/);
	});

	it('asks no "he" that only a first name would stand for', () => {
		const { rewrite } = resolveLast(
			"Hobsley's bakery lost a third of its trade in the 1980s, and the owner's grandfather, Walter, considered closing. Instead, he began supplying bread to cafés across the valley."
		);
		expect(rewrite.unresolved).toMatch(/names only as Walter/);
	});
});
