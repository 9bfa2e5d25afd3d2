import { describe, expect, it } from 'vitest';
import { lastFact, replacedWords, resolveLast } from './test-text.ts';

const CLOSURE = 'The closure will hit Harrowfield Otters Swimming Club hardest.';

describe('thing antecedents: "Its members" belong to the body named, not the subject', () => {
	it('gives "Its 140 members" to the one club the sentence before names', () => {
		const text = `${CLOSURE} Its 140 members will train at Denby Leisure Centre.`;
		const { sentence, rewrite } = resolveLast(text);
		expect(replacedWords(sentence, rewrite)).toEqual({
			Its: "Harrowfield Otters Swimming Club's"
		});
		expect(lastFact(text).fact?.statement).toBe(
			"Harrowfield Otters Swimming Club's 140 members will train at Denby Leisure Centre."
		);
	});

	it('names the club again later in the statement: a bare "the club" would dangle', () => {
		const { fact } = lastFact(
			`${CLOSURE} Its 140 members will train at Denby Leisure Centre, where pool time will cost the club £18,000 a year.`
		);
		expect(fact?.statement).toBe(
			"Harrowfield Otters Swimming Club's 140 members will train at Denby Leisure Centre, where pool time will cost Harrowfield Otters Swimming Club £18,000 a year."
		);
	});

	it('does not guess between two bodies: the fact keeps the sentence before', () => {
		const text =
			'The closure will hit Harrowfield Otters Swimming Club and Denby Water Polo Club hardest. Its 140 members will train elsewhere.';
		const { rewrite } = resolveLast(text);
		expect(rewrite.unresolved).toMatch(/does not say what it stands for/);
		expect(lastFact(text).fact?.statement).toBe(text);
	});

	it('leaves "Its chair" to the body the sentence before opens with', () => {
		const { fact } = lastFact(
			'The festival, a registered charity, has launched a Friends of the Festival scheme. Its chair of trustees, Dr Anil Ramsay, said it needed a sponsor.'
		);
		expect(fact?.statement).toMatch(/^The festival's chair of trustees, Dr Anil Ramsay, said/);
	});

	it('does not guess whose "Its chief executive" is when a body is named after the subject', () => {
		const text =
			'The academy is run by the Northfold Learning Trust, which oversees seven schools. Its chief executive, Priya Sandhu, said the trust would send two leaders.';
		// "Its chief executive," goes: the name says who, and whose is left unsaid.
		expect(lastFact(text).fact?.statement).toBe(
			'Priya Sandhu said the Northfold Learning Trust would send two leaders.'
		);
	});

	it('still reads "Its" of a thing the sentence before opens with', () => {
		const { fact } = lastFact(
			'The storm came ashore near Kelby on Tuesday. Its highest gust reached 90 mph.'
		);
		expect(fact?.statement).toBe("The storm's highest gust reached 90 mph.");
	});
});

describe('thing antecedents: "It" after an abstract subject or beside a body', () => {
	it('gives "It" to neither "The money" nor "The main job": the fact keeps the sentence before', () => {
		for (const text of [
			"The money will go to St Brigid's Hospice, which cares for 1,300 adults. It costs around £9 million a year to run.",
			'The main job is replacing the iron bridge over the River Lune. It was built in 1884.'
		]) {
			const { rewrite } = resolveLast(text);
			expect(rewrite.unresolved, text).toBeDefined();
			expect(lastFact(text).fact?.statement ?? '').not.toMatch(
				/^The (money|main job) (costs|was built)/
			);
		}
	});
});

describe('thing antecedents: what says is a body', () => {
	it('never gives "It said" to an event the sentence before opens with', () => {
		const text =
			'The dispute began in November, when the trust told staff that lessons would finish later. It said the extra 30 minutes a day would be used for reading.';
		const { rewrite } = resolveLast(text);
		expect(rewrite.unresolved).toMatch(/does not say what it stands for/);
		expect(lastFact(text).fact?.statement ?? '').not.toMatch(/^The dispute said/);
	});
});
