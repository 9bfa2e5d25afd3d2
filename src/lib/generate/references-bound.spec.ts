/** Pronouns the sentence itself says who or what they are (references.ts). */
import { describe, expect, it } from 'vitest';
import { lastFact, replacedWords, resolveLast } from './test-text.ts';

describe('resolveReferences: a pronoun bound in its own sentence', () => {
	it('leaves "him" to a surname that opens the sentence, first named in an apposition', () => {
		const { rewrite } = resolveLast(
			'Callum Reay beat the world number three, Declan Fairweather, by 10 frames to eight. Fairweather, 34, had led when breaks of 112 and 96 helped him into a four-frame lead.'
		);
		expect(rewrite.replacements.size).toBe(0);
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('writes "her" before an ordinal as a possessive: "One of her first decisions"', () => {
		const { fact } = lastFact(
			'The head teacher, Dr Miriam Oduya, joined the school in 2023. One of her first decisions was to shorten the lunch break.'
		);
		expect(fact?.statement).toBe(
			"One of Miriam Oduya's first decisions was to shorten the lunch break."
		);
	});

	it('writes "Her" opening a sentence as a possessive, before a year or a number too', () => {
		const { fact } = lastFact(
			'Harriet Venn, the theatre director, has died at 81. Her 1984 production of The Salt Wives ran for 14 months.'
		);
		expect(fact?.statement).toBe(
			"Harriet Venn's 1984 production of The Salt Wives ran for 14 months."
		);
		const darts = lastFact(
			'Leanne Boswick won the final 7-5. Her three-dart average of 97.4 was the highest in a final.'
		);
		expect(darts.fact?.statement).toMatch(/^Leanne Boswick's three-dart average/);
	});

	it('leaves a ship her "her": "the yacht Solan Grey lost her mast"', () => {
		const { rewrite } = resolveLast(
			'Three sailors were rescued on Saturday. The 11-metre yacht Solan Grey lost her mast and began taking on water.'
		);
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('leaves "she" to "the new winner" who "admitted" it later in the sentence', () => {
		const { sentence, rewrite } = resolveLast(
			'Maren Tuohy won the competition. At the press conference afterwards, the new winner admitted she had not expected the result.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
	});

	it('reads "her volunteers were serving" as hers, though the tagger calls "volunteers" a verb', () => {
		const { sentence, rewrite } = resolveLast(
			'Margaret Doyle led the relief committee. By the end of the strike her volunteers were serving 2,000 meals a day.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ her: "Margaret Doyle's" });
	});

	it('leaves "her" to "The 26-year-old" the sentence opens with', () => {
		const { sentence, rewrite } = resolveLast(
			'Lena Varga won the race. The 26-year-old, who rides for Corvane, finished ahead of her nearest rival.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
	});

	it('leaves "her" to "The female calf" the sentence before opens with, not its mother named there', () => {
		const { rewrite } = resolveLast(
			'The female calf, born on 14 October to mother Suri, has been seen exploring with her mother. Keepers have not yet named her.'
		);
		expect(rewrite.unresolved).toBeDefined();
	});

	it('keeps the comma before "who" when it drops "Her aunt,"', () => {
		const { fact } = lastFact(
			"Leah Ferrand carved the statue. Her aunt, Ruth Ferrand, who manages the firm's accounts, said they had turned down two contracts."
		);
		expect(fact?.statement).toContain('Ruth Ferrand, who manages');
	});
});

describe('resolveReferences: "she" after sentences that go on about her', () => {
	const before =
		'Carys Feltham, 58, was named the winner on Thursday. She said she started writing in 2019. "I never wrote anything longer than a note," she told reporters. "I wrote on drug charts."';

	it('reads "She" as the woman named four sentences back, past her "she" and her words', () => {
		const { sentence, rewrite } = resolveLast(`${before} She retired in 2022.`);
		expect(Object.values(replacedWords(sentence, rewrite))).toEqual([
			expect.stringMatching(/Feltham$/)
		]);
	});

	it('leaves "She" unnamed when an unnamed woman comes between', () => {
		const { rewrite } = resolveLast(
			`${before} The story came out when the daughter of a patient wrote to the paper. She retired in 2022.`
		);
		expect(rewrite.unresolved).toBeDefined();
	});
});

describe('resolveReferences: "the school" of a name with "of" in it', () => {
	it('names "the school" when the one school is "… Church of England Primary School"', () => {
		const { sentence, rewrite } = resolveLast(
			'Ruth Ellery became headteacher of Brackenholt Church of England Primary School in 1971. When she took over, the school had 38 pupils.'
		);
		expect(Object.values(replacedWords(sentence, rewrite))).toContain(
			'Brackenholt Church of England Primary School'
		);
	});

	it('keeps "Friends of the Festival" a group of friends, not a second festival', () => {
		const { sentence, rewrite } = resolveLast(
			'The Wrexley Book Festival lost its sponsor. The Friends of the Festival raised £5,000. Sales at the festival fell.'
		);
		expect(Object.values(replacedWords(sentence, rewrite))).toEqual(['the Wrexley Book Festival']);
	});
});

describe('resolveReferences: "the devices" are things, not Tallis Devices', () => {
	it('names "the company" but leaves "the devices"', () => {
		const { sentence, rewrite } = resolveLast(
			'Tallis Devices began selling the Marlow on Tuesday. The company has opened talks with three library services about lending the devices.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ company: 'Tallis Devices' });
	});
});

describe('resolveReferences: "the firm", "the school" before another word', () => {
	it('names the firm for "The firm says", without its "The"', () => {
		const { fact } = lastFact(
			'Greyholt Aggregates wants to dig a quarry at Copple Ridge. The firm says the quarry would create 38 full-time jobs.'
		);
		expect(fact?.statement).toBe(
			'Greyholt Aggregates says the quarry would create 38 full-time jobs.'
		);
	});

	it('leaves "the school day" and "council tax" no one body\'s, and "the council\'s housing" its', () => {
		const school = lastFact(
			"Lorries would pass St Aldric's Primary School. Parents say they pass every few minutes at the start of the school day."
		).fact?.statement;
		expect(school).toContain('the start of the school day');
		const tax = lastFact(
			'Coldharrow Borough Council will raise its charges by 4.99%. Residents can apply for help through the council tax support scheme.'
		).fact?.statement;
		expect(tax).toContain('through the council tax support scheme');
		const housing = lastFact(
			"Harrowmead Borough Council has 12 unfinished sites. The council's housing spokesman, Cllr Anil Mehta, said it was talking to other developers."
		).fact?.statement;
		expect(housing).toMatch(/^Harrowmead Borough Council's housing spokesman/);
	});
});

describe('resolveReferences: a body joined to the word after it', () => {
	it('keeps "the" before "the council-owned bus company"', () => {
		const { fact } = lastFact(
			'Residents voted in a by-election for Callowbeck District Council on Thursday. Campaigners were angry at a plan to close the depot run by the council-owned bus company, Callowbeck Transport.'
		);
		expect(fact?.statement).toContain('run by the Callowbeck District Council-owned bus company');
	});
});

describe('resolveReferences: "Its director, Tom Ellery," when "it" comes again', () => {
	it('does not drop "Its director" when the sentence says "it" of the same body later', () => {
		const text =
			'The trust closed last year, and its clubs have since been taken over by another local charity, Harbour Lane Youth Project. Its director, Tom Ellery, said the number of children attending had risen from 140 to more than 300 since it took on the sessions.';
		const { fact } = lastFact(text);
		expect(fact?.statement ?? '').not.toMatch(/^Tom Ellery said/);
	});
});

describe('resolveReferences: "Under the deal, signed on Thursday afternoon,"', () => {
	it('drops the participle that belongs to the deal with the opener', () => {
		const { fact } = lastFact(
			'The leaders of Caldoria and Vestmark have agreed to end a three-year dispute over fishing rights. Under the deal, signed on Thursday afternoon, boats from both countries will be allowed to fish in a shared zone of about 4,200 square miles.'
		);
		expect(fact?.statement).toMatch(/^Boats from both countries will be allowed/);
	});

	it('drops a "which" clause that belongs to the scheme with the opener', () => {
		const { fact } = lastFact(
			'Corncrakes have returned to the Scaldwick marshes after farmers changed how they cut hay. Under the scheme, which began five years ago, farmers around the marshes agreed to leave their meadows uncut until 1 August.'
		);
		expect(fact?.statement).toMatch(/^Farmers around the marshes agreed/);
	});
});
