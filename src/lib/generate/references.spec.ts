import { describe, expect, it } from 'vitest';
import { entityNamed, lastFact, removedWords, replacedWords, resolveLast } from './test-text.ts';

const TEACHER =
	'The physics teacher Alun Pritchard taught at Wrenford High School for thirty years.';
const COUNCIL = 'Wrenford Borough Council met in the town hall on Tuesday evening.';

describe('resolveReferences: "he", "she", "his"', () => {
	it('puts the one man named in the sentence before in place of "He", and cites that sentence', () => {
		const { sentence, rewrite } = resolveLast(
			`${TEACHER} He died on 17 February at the age of 81.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ He: 'Alun Pritchard' });
		expect(rewrite.namedIn.map((s) => s.text)).toEqual([TEACHER]);
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('states the fact with the name, the naming sentence first in its source', () => {
		const { fact } = lastFact(`${TEACHER} He died on 17 February at the age of 81.`);
		expect(fact?.statement).toBe('Alun Pritchard died on 17 February at the age of 81.');
		expect(fact?.source).toEqual([TEACHER, 'He died on 17 February at the age of 81.']);
	});

	it('writes "His" as the possessive of the name', () => {
		const { fact } = lastFact(
			'For thirty years the physics teacher Alun Pritchard ran the school chess club. His pupils won the county title in 1994.'
		);
		expect(fact?.statement).toBe("Alun Pritchard's pupils won the county title in 1994.");
	});

	it('leaves "he" to the man the sentence itself brings in, not the man named before', () => {
		const { sentence, rewrite } = resolveLast(
			'Race director Simon Achterberg moved the start forward. A man dressed as a lighthouse drew loud cheers when he finished in just over six hours.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(rewrite.unresolved).toBeUndefined();
	});

	it('leaves "he" to "The chief executive" the sentence opens with', () => {
		const { sentence, rewrite } = resolveLast(
			"The chief executive, Mr Robert Ingham, said the work could not start until spring. The chief executive said he understood the tenants' anger."
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
	});

	it('leaves "her" to the daughter the sentence makes act, not the woman named before', () => {
		const { sentence, rewrite } = resolveLast(
			"Ms Helen Farraday, prosecuting, told the jury that residents had lost £96,000. The fraud came to light in 2022, when the daughter of one resident noticed that her father's account had been emptied."
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
	});

	it('still names the subject of an apposition: "Born in 1935, the daughter of a signalman, she won…"', () => {
		const { sentence, rewrite } = resolveLast(
			'Professor Ruth Ashworth, the civil engineer, has died aged 89. Born in Halworth in 1935, the daughter of a railway signalman, she won a scholarship in 1953.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ she: 'Ruth Ashworth' });
	});

	it('leaves "He" unresolved when the sentence before names two people', () => {
		const text =
			'The chemist Alun Pritchard and the engineer Tom Reddaway founded the club in 1990. He died on 17 February at the age of 81.';
		const { rewrite } = resolveLast(text);
		expect(rewrite.replacements.size).toBe(0);
		expect(rewrite.unresolved).toMatch(/“He” could be anyone/);
		expect(lastFact(text).fact).toBeUndefined();
	});

	it('leaves "He" unresolved when the one person named before is a woman', () => {
		const { rewrite } = resolveLast(
			'The biologist Hannah Lowe studied the lake at Velby for ten years. He died on 17 February at the age of 81.'
		);
		expect(rewrite.replacements.size).toBe(0);
		expect(rewrite.unresolved).toMatch(/“He”/);
	});

	it('falls back on the text’s one subject when no one is named in the sentences just before', () => {
		const text = `${TEACHER} The school grew from 300 pupils to 1,100 in that time. A new science block opened there in 1987. Its laboratories were the best in the county for a decade. He died on 17 February at the age of 81.`;
		const without = resolveLast(text);
		expect(without.rewrite.unresolved).toMatch(/“He”/);
		const subject = entityNamed(without.index, 'Alun Pritchard');
		const { sentence, rewrite } = resolveLast(text, new Set([subject]));
		expect(replacedWords(sentence, rewrite)).toEqual({ He: 'Alun Pritchard' });
		expect(rewrite.namedIn.map((s) => s.text)).toEqual([TEACHER]);
	});

	it('puts no name in for "he" after the sentence names its own person', () => {
		const { sentence, rewrite } = resolveLast(
			`${TEACHER} Pritchard said he would never forget his first class of pupils.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(rewrite.unresolved).toBeUndefined();
	});
});

describe('resolveReferences: "the council", "the bank"', () => {
	it('puts the council the text named in place of "the council", without "the" as the text writes it', () => {
		const { sentence, rewrite } = resolveLast(
			`${COUNCIL} The council voted to close the swimming pool by 30 votes to 12.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ council: 'Wrenford Borough Council' });
		expect(removedWords(sentence, rewrite)).toEqual(['The']);
	});

	it('keeps "the" before a court named in front of another noun: "the court hearing"', () => {
		const { fact } = lastFact(
			'The case will be heard at Marlbury County Court on 18 November. Mr Lyle said he hoped to agree terms before the court hearing.'
		);
		expect(fact?.statement).toMatch(/before the Marlbury County Court hearing\.$/);
	});

	it('writes no "the" before a council the text names only after a comma', () => {
		const { fact } = lastFact(
			"On Monday, Corvenham City Council voted by 38 votes to four to ask the government to pay. The council's cabinet member for housing, Cllr Abigail Forde, said the motion put safety first."
		);
		expect(fact?.statement).toMatch(/^Corvenham City Council's cabinet member/);
	});

	it('states the council’s full name in the fact', () => {
		const { fact } = lastFact(
			'The members of Wrenford Borough Council met on Tuesday evening. Last week the council voted to close the swimming pool by 30 votes to 12.'
		);
		expect(fact?.statement).toBe(
			'Last week Wrenford Borough Council voted to close the swimming pool by 30 votes to 12.'
		);
	});

	it('names the firm for "the company", never a fund named beside it', () => {
		const text = [
			'The mast on Mount Harland is owned by Summitline Towers, which leases space to phone networks.',
			'Summitline Towers said the rent reflected the value of the mast.',
			'The station lives on a grant from the Community Broadcasting Fund.',
			"Summitline's regional manager said the company was open to a shorter lease."
		].join(' ');
		const { sentence, rewrite } = resolveLast(text);
		expect(replacedWords(sentence, rewrite)).toEqual({ company: 'Summitline Towers' });
		const alone = [
			'The station lives on a grant from the Community Broadcasting Fund.',
			'A spokesman said the company was open to a shorter lease.'
		].join(' ');
		expect(resolveLast(alone).rewrite.replacements.size).toBe(0);
	});

	it('keeps "the" before a name the text writes after "the"', () => {
		const { fact } = lastFact(
			'The Bank of Caldonia held its main interest rate at 4.5% on Thursday. Last year the bank cut the rate twice to support house prices.'
		);
		expect(fact?.statement).toBe(
			'Last year the Bank of Caldonia cut the rate twice to support house prices.'
		);
	});

	it('leaves "the council" as written when the text named no council', () => {
		const { sentence, rewrite } = resolveLast(
			'Ministers met in Velby on Monday for the annual summit. The council voted to close the swimming pool by 30 votes to 12.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({});
		expect(removedWords(sentence, rewrite)).toEqual([]);
	});
});

describe('resolveReferences: "the scheme", "the plan", "the decision"', () => {
	const PLAN =
		'In March, the council approved a £6.8 million plan to add bus lanes to Castle Road.';

	it('writes "the scheme" with what the plan described before was to do', () => {
		const { sentence, rewrite } = resolveLast(
			`${PLAN} Work on the scheme was passed to Harland Builders in May.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({
			scheme: 'scheme to add bus lanes to Castle Road'
		});
		expect(rewrite.namedIn.map((s) => s.text)).toEqual([PLAN]);
	});

	it('states the scheme in full, the sentence describing it first in the source', () => {
		const { fact } = lastFact(`${PLAN} Work on the scheme was passed to Harland Builders in May.`);
		expect(fact?.statement).toBe(
			'Work on the scheme to add bus lanes to Castle Road was passed to Harland Builders in May.'
		);
		expect(fact?.source).toEqual([
			PLAN,
			'Work on the scheme was passed to Harland Builders in May.'
		]);
	});

	it('writes "the plan" as the plan for what was approved', () => {
		const vote =
			'Councillors voted on Monday to approve the Eastway line, a railway between Velby and Ashcombe.';
		const { fact } = lastFact(`${vote} The plan was passed by 40 votes to 9 after a long debate.`);
		expect(fact?.statement).toBe(
			'The plan for the Eastway line was passed by 40 votes to 9 after a long debate.'
		);
		expect(fact?.source[0]).toBe(vote);
	});

	it('writes "the decision" as what the council voted to do', () => {
		const { sentence, rewrite } = resolveLast(
			'The council voted to close the Castle Road pool at its meeting. Critics said the decision had been rushed through in one evening.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({
			decision: 'decision to close the Castle Road pool'
		});
	});

	it('writes "the decision" as the decision to approve what was approved, decimals kept', () => {
		const { sentence, rewrite } = resolveLast(
			`${PLAN} Critics said the decision had been rushed through in one evening.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({
			decision: 'decision to approve the £6.8 million plan to add bus lanes to Castle Road'
		});
	});

	it('finds the one plan the article described, however far back', () => {
		const filler = [
			'The meeting lasted four hours.',
			'Shopkeepers protested outside the hall.',
			'Some carried banners.',
			'Police kept watch.'
		].join(' ');
		const { sentence, rewrite } = resolveLast(
			`${PLAN} ${filler} Councillor Priya Raman, who proposed the scheme, spoke first.`
		);
		expect(replacedWords(sentence, rewrite)).toEqual({
			scheme: 'scheme to add bus lanes to Castle Road'
		});
	});

	it('leaves "the scheme" far back unresolved when the article described two plans', () => {
		const other = 'In April, the council approved a plan to close the Velby pool.';
		const filler = 'The meeting lasted four hours. Some carried banners. Police kept watch.';
		const { rewrite } = resolveLast(
			`${PLAN} ${other} ${filler} Councillor Priya Raman, who proposed the scheme, spoke first.`
		);
		expect(rewrite.unresolved).toMatch(/“the scheme”/);
	});

	it('says what "Work" at the start of a sentence is work on', () => {
		const { fact } = lastFact(`${PLAN} Work is due to begin next March and will take 14 months.`);
		expect(fact?.statement).toBe(
			'Work on the plan to add bus lanes to Castle Road is due to begin next March and will take 14 months.'
		);
	});

	it('leaves "the decision" unresolved when nothing before says what was decided', () => {
		const text =
			'Ministers met in Velby on Monday for the annual summit. Critics said the decision had been rushed through in a single afternoon.';
		const { rewrite } = resolveLast(text);
		expect(rewrite.replacements.size).toBe(0);
		expect(rewrite.unresolved).toMatch(/“the decision”/);
		expect(lastFact(text).skipped?.reason).toMatch(/“the decision”/);
	});
});

describe('resolveReferences: words left out', () => {
	it('leaves out an acronym in brackets after the name it stands for', () => {
		const text =
			'The Bank of Caldonia (BoC) held its main interest rate at 4.5% on Thursday, the third hold in a row.';
		const { sentence, rewrite } = resolveLast(text);
		expect(removedWords(sentence, rewrite)).toEqual(['BoC']);
		expect(lastFact(text).fact?.statement).toBe(
			'The Bank of Caldonia held its main interest rate at 4.5% on Thursday, the third hold in a row.'
		);
	});

	it('keeps a word in brackets that abbreviates nothing named before it', () => {
		const { sentence, rewrite } = resolveLast(
			'The study of 400 homes in Velby was paid for by a local charity (Warmth) in 2023.'
		);
		expect(removedWords(sentence, rewrite)).toEqual([]);
	});

	it('leaves out "also", which leans on the sentence before', () => {
		const { sentence, rewrite } = resolveLast(
			`${COUNCIL} The council also agreed to sell the old bus depot on Mill Lane.`
		);
		expect(removedWords(sentence, rewrite)).toEqual(['The', 'also']);
		expect(
			lastFact(`${COUNCIL} The council also agreed to sell the old bus depot on Mill Lane.`).fact
				?.statement
		).toBe('Wrenford Borough Council agreed to sell the old bus depot on Mill Lane.');
	});

	it('keeps "also" in "but also" and after a comma', () => {
		const butAlso = resolveLast(
			`${COUNCIL} The council voted not only to close the pool but also to sell the depot.`
		);
		expect(removedWords(butAlso.sentence, butAlso.rewrite)).not.toContain('also');
		const aside = resolveLast(
			`${COUNCIL} The mayor, also a governor of the school, chaired the long meeting.`
		);
		expect(removedWords(aside.sentence, aside.rewrite)).toEqual([]);
	});

	it('leaves out "By then," and "At the same time" at the start', () => {
		const before = 'The trust had warned of cuts for two years at Velby General Hospital.';
		const byThen = lastFact(
			`${before} By then, the trust had frozen pay for 1,200 nurses across the county.`
		);
		expect(byThen.fact?.statement).toBe(
			'The trust had frozen pay for 1,200 nurses across the county.'
		);
		const sameTime = lastFact(
			`${before} At the same time the trust froze pay for 1,200 nurses across the county.`
		);
		expect(sameTime.fact?.statement).toBe(
			'The trust froze pay for 1,200 nurses across the county.'
		);
	});

	it('keeps an opener that says when ("By March,") and "By then" without its comma', () => {
		const before = 'The trust had warned of cuts for two years at Velby General Hospital.';
		const byMarch = resolveLast(
			`${before} By March, the trust had frozen pay for 1,200 nurses across the county.`
		);
		expect(removedWords(byMarch.sentence, byMarch.rewrite)).toEqual([]);
		const noComma = resolveLast(
			`${before} By then the trust had frozen pay for 1,200 nurses across the county.`
		);
		expect(removedWords(noComma.sentence, noComma.rewrite)).toEqual([]);
	});

	it('leaves out "Under its terms," at the start', () => {
		const { sentence, rewrite } = resolveLast(
			'Both countries signed the Harwell Accord in Geneva on Friday. Under its terms, both armies must withdraw 20 kilometres from the border by June.'
		);
		expect(removedWords(sentence, rewrite)).toEqual(['Under', 'its', 'terms']);
		expect(
			lastFact(
				'Both countries signed the Harwell Accord in Geneva on Friday. Under its terms, both armies must withdraw 20 kilometres from the border by June.'
			).fact?.statement
		).toBe('Both armies must withdraw 20 kilometres from the border by June.');
	});

	it('keeps an opener that says where ("Under the bridge,")', () => {
		const { sentence, rewrite } = resolveLast(
			'Both countries signed the Harwell Accord in Geneva on Friday. Under the bridge, divers found 20 cars from the flood of 1968.'
		);
		expect(removedWords(sentence, rewrite)).toEqual([]);
	});
});

describe('resolveReferences: "Its owner, …", "Their captain, …"', () => {
	it('leaves out "Its owner," before the person’s name when nothing before says whose', () => {
		const text =
			'A fire broke out at the Harbour Inn in Velby on Saturday night. Its owner, Tom Reddaway, said the kitchen would reopen in March.';
		const { sentence, rewrite } = resolveLast(text);
		expect(removedWords(sentence, rewrite)).toEqual(['Its', 'owner']);
		expect(lastFact(text).fact?.statement).toBe(
			'Tom Reddaway said the kitchen would reopen in March.'
		);
	});

	it('writes "Its owner" as the owner of the organisation the sentence before starts with', () => {
		const before = 'Velby General Hospital treated 40 patients after the fire on Monday.';
		const text = `${before} Its chief executive, Sarah Kemp, said the wards were full by midnight.`;
		const { sentence, rewrite } = resolveLast(text);
		expect(replacedWords(sentence, rewrite)).toEqual({ Its: "Velby General Hospital's" });
		expect(removedWords(sentence, rewrite)).toEqual([]);
		const { fact } = lastFact(text);
		expect(fact?.statement).toBe(
			"Velby General Hospital's chief executive, Sarah Kemp, said the wards were full by midnight."
		);
		expect(fact?.source).toEqual([
			before,
			'Its chief executive, Sarah Kemp, said the wards were full by midnight.'
		]);
	});

	it('gives a plural name only an apostrophe: "Harland Builders\' owner"', () => {
		const { fact } = lastFact(
			'Harland Builders won the contract for the new bridge over the River Wendle. Its owner, Tom Reddaway, said 40 workers would start in May.'
		);
		expect(fact?.statement).toBe(
			"Harland Builders' owner, Tom Reddaway, said 40 workers would start in May."
		);
	});

	it('writes "Their captain" after a sentence that starts with a club as the club’s captain', () => {
		const before = 'Dunmore Rovers won the county cup for the first time in 40 years on Saturday.';
		const after = 'Their captain, lock Tom Okafor, scored two tries in the second half.';
		const { sentence, rewrite } = resolveLast(`${before} ${after}`);
		expect(replacedWords(sentence, rewrite)).toEqual({ Their: "Dunmore Rovers'" });
		const { fact } = lastFact(`${before} ${after}`);
		expect(fact?.statement).toBe(
			"Dunmore Rovers' captain, lock Tom Okafor, scored two tries in the second half."
		);
		expect(fact?.source).toEqual([before, after]);
	});

	it('leaves "Their captain" unresolved when the sentence before starts with no club', () => {
		const { rewrite } = resolveLast(
			'The weather was dry and warm across the county on Saturday. Their captain, lock Tom Okafor, scored two tries in the second half.'
		);
		expect(rewrite.replacements.size).toBe(0);
		expect(rewrite.unresolved).toMatch(/“Their”/);
	});
});
