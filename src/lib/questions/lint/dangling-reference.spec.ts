import { describe, expect, it } from 'vitest';
import { danglingReference, firstSentence, pointsBack } from './dangling-reference.ts';
import {
	contextOf,
	factSlot,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed,
	whoSaid
} from './test-deck.ts';

const deck = makeDeck(
	[
		{ id: 'environment-agency', kind: 'organisation', name: 'Environment Agency' },
		{ id: 'gemma-thorne', kind: 'person', name: 'Gemma Thorne', category: 'coach' },
		{ id: 'ray-dunn', kind: 'person', name: 'Ray Dunn', category: 'coach' },
		{ id: 'lee-hart', kind: 'person', name: 'Lee Hart', category: 'coach' },
		{ id: 'jo-kerr', kind: 'person', name: 'Jo Kerr', category: 'coach' }
	],
	[
		{
			id: 'halve',
			statement: 'The agency hopes to halve that number by 2030.',
			slots: [{ id: 'year', kind: 'date', answer: '2030' }]
		},
		{
			id: 'said',
			statement: 'He said the flood defences would hold.',
			slots: [{ id: 'what', kind: 'term', answer: 'flood defences' }]
		},
		{
			id: 'resign',
			statement: 'He said Ray Dunn would resign.',
			slots: [{ id: 'who', kind: 'person', answer: 'Ray Dunn', entity: 'ray-dunn' }]
		},
		{
			id: 'approved',
			statement: 'The plan was approved in May.',
			slots: [{ id: 'month', kind: 'date', answer: 'May' }]
		},
		{
			id: 'later',
			statement: 'Two days later, the river burst its banks at Hexham.',
			slots: [{ id: 'town', kind: 'place', answer: 'Hexham' }]
		},
		{
			id: 'agency',
			statement: 'The agency closed 14 flood barriers.',
			slots: [{ id: 'barriers', kind: 'number', answer: '14', value: 14 }]
		},
		{
			id: 'wall',
			statement: 'The plan to build a flood wall was approved in May.',
			slots: [{ id: 'month', kind: 'date', answer: 'May' }]
		},
		{
			id: 'target',
			statement: 'The Environment Agency hopes to halve flood damage by 2030.',
			slots: [{ id: 'year', kind: 'date', answer: '2030' }]
		},
		{
			id: 'repairs',
			statement: 'The Environment Agency will finish the repairs this year.',
			slots: [
				{
					id: 'who',
					kind: 'organisation',
					answer: 'Environment Agency',
					entity: 'environment-agency'
				}
			]
		},
		{
			id: 'praise',
			statement: 'Gemma Thorne praised her side after the 3-0 win.',
			slots: [{ id: 'coach', kind: 'person', answer: 'Gemma Thorne', entity: 'gemma-thorne' }]
		},
		{
			id: 'quoted',
			statement: 'Gemma Thorne said: “He will not play again this season.”',
			quote: { speaker: 'gemma-thorne', text: 'He will not play again this season.' },
			slots: [{ id: 'when', kind: 'phrase', answer: 'this season' }]
		}
	]
);
const context = contextOf(deck);
const lint = danglingReference;
const index = contextOf(deck).index;
const ask = (id: string) => trueStatement(factSlot(deck, id).fact);

describe('pointsBack', () => {
	it('finds words that need the sentence before', () => {
		expect(pointsBack('The agency hopes to halve that number by 2030.')).toMatch(/that number/);
		expect(pointsBack('He said the defences would hold.')).toMatch(/He/);
		expect(pointsBack('The plan was approved.')).toMatch(/the plan/);
		expect(pointsBack('Two days later, the river burst.')).toMatch(/Two days later/);
		expect(pointsBack('Weeks later, Peverell Foods moved its packing operation.')).toMatch(
			/Weeks later/
		);
		expect(
			pointsBack(
				'A food bank has handed out more parcels in the past six months than in the whole of the previous year.'
			)
		).toBeUndefined();
		expect(
			pointsBack(
				'Pennick Vale Food Bank gave out 6,480 parcels between October and March, more than double the 3,150 it handed out over the same months a year earlier.'
			)
		).toBeUndefined();
		expect(pointsBack('These measures worked.')).toMatch(/These measures/);
		// Nothing before "it" for it to be: the car park of the sentence before.
		expect(pointsBack('Cllr Priya Raman said it would open in May.')).toMatch(/“it”/);
		expect(pointsBack('The WRA said the toll was higher because many would have sunk.')).toMatch(
			/many would/
		);
		expect(pointsBack('The new sewers cut off that route.')).toMatch(/that route/);
		expect(pointsBack('Work began in 1859.')).toMatch(/Work began/);
		expect(pointsBack('Voting is due to close on 14 May.')).toMatch(/Voting is/);
		expect(pointsBack('Talks resume on Monday.')).toMatch(/Talks resume/);
		expect(
			pointsBack('To stop that happening again, the trust plans to raise a clay bank.')
		).toMatch(/stop that happening/);
		expect(pointsBack('The wall is meant to prevent that from recurring.')).toMatch(
			/prevent that from/
		);
		expect(pointsBack('Pellworth Foods will spend $120 million on new ovens there.')).toMatch(
			/“there” does not say where/
		);
		expect(pointsBack('Bacteria use up the oxygen that fish need to breathe.')).toBeUndefined();
		expect(pointsBack('Officials said that councils must act.')).toBeUndefined();
		expect(pointsBack('Police want to stop thieves selling lead.')).toBeUndefined();
	});

	it('finds "the same …" that points back, not one the sentence defines', () => {
		expect(pointsBack('Mr Fairbairn said he would urge peers to make the same change.')).toMatch(
			/the same change/
		);
		expect(pointsBack('At the same point last year the reservoir stood at 71 per cent.')).toMatch(
			/the same point/
		);
		expect(
			pointsBack('Dunmore travel on 14 March, while Ashbury play on the same day.')
		).toBeUndefined();
		expect(pointsBack('The levy stays at the same rate as in 2019.')).toBeUndefined();
		expect(pointsBack('Police said the thefts had followed the same pattern.')).toBeUndefined();
	});

	it('finds an object "it" that cannot be the subject, and a firm taken for "they"', () => {
		expect(
			pointsBack('Ravensholt Borough Council bought it for £4.5 million in 2016.', index)
		).toMatch(/“it”/);
		expect(
			pointsBack('The Environment Agency said it would reopen the weir in May.', index)
		).toBeUndefined();
		// A date before the subject, and a possessive's noun, are still the subject.
		expect(
			pointsBack(
				"On 9 November 2022 the Wealdmoor District Council's planning committee voted to refuse it, against advice.",
				index
			)
		).toMatch(/“it”/);
		expect(
			pointsBack('On 9 November the council bought the mill and sold it in 2024.', index)
		).toBeUndefined();
		expect(
			pointsBack('The Environment Agency said they would be refunded in full.', index)
		).toMatch(/“they”/);
		expect(
			pointsBack('Alun Pritchard is survived by his wife, June, and their three children.', index)
		).toBeUndefined();
	});

	it('finds nothing in a sentence that names what it speaks of', () => {
		expect(pointsBack('The plan to build a wall was approved.')).toBeUndefined();
		expect(pointsBack('The council will meet this year.')).toBeUndefined();
		expect(pointsBack('Gemma Thorne praised her side.')).toBeUndefined();
		expect(pointsBack('Thorne said: “He will not play again.”')).toBeUndefined();
		expect(pointsBack('The council said it would open the car park in May.')).toBeUndefined();
		expect(pointsBack('Patients said they slept better.')).toBeUndefined();
		expect(
			pointsBack('Nine people died and more than 3,000 were forced from their homes.')
		).toBeUndefined();
		expect(pointsBack('Officials said there will be no strike in May.')).toBeUndefined();
		expect(
			pointsBack(
				'Ruth Ashworth joined the Northern Rail Bridges Office and spent her career there.'
			)
		).toBeUndefined();
		expect(pointsBack('There are nine bakeries in the group.')).toBeUndefined();
		expect(
			pointsBack('About 12% reported headaches, against 7% of those on placebo.')
		).toBeUndefined();
	});

	it('finds a part of things named before, and a comparison that does not say with what', () => {
		expect(pointsBack('The last of them closed in 1961.')).toMatch(/last of them/);
		expect(
			pointsBack('Olusanya persuaded 37 residents, most of them living with dementia.')
		).toBeUndefined();
		expect(
			pointsBack('The work will cost nearly £6m, more than four times as much, because…')
		).toMatch(/four times as much/);
		expect(
			pointsBack('The sites used nearly twice as much energy for each loaf as the newest plant.')
		).toBeUndefined();
		expect(
			pointsBack('The road journey would take roughly twice as long as the train.')
		).toBeUndefined();
	});

	it('takes a counted time from a year the sentence gives: "in 2001 and five years later"', () => {
		expect(
			pointsBack('Ruth Ashworth was appointed CBE in 2001 and five years later won the gold medal.')
		).toBeUndefined();
		expect(pointsBack('The detectors were disabled three weeks earlier.')).toMatch(
			/three weeks earlier/
		);
	});

	it('finds "A public meeting to discuss its future": not the meeting’s own', () => {
		expect(pointsBack('A public meeting to discuss its future will be held on 14 May.')).toMatch(
			/its future/
		);
		expect(
			pointsBack('The team hopes to publish its first ice maps early next year.')
		).toBeUndefined();
	});

	it('takes "those charities" for the charities the sentence named before it', () => {
		expect(
			pointsBack(
				'The coalition, which speaks for 30 charities, said a survey of people helped by those charities found a rise.'
			)
		).toBeUndefined();
		expect(
			pointsBack('The bank voted for a cut, and the cut took effect at once.')
		).toBeUndefined();
		// Named only after it, or another noun: still the one of the sentence before.
		expect(pointsBack('A survey of people helped by those charities found a rise.')).toMatch(
			/those charities/
		);
		expect(pointsBack('Six members voted for the cut, while three preferred none.')).toMatch(
			/the cut/
		);
	});

	it('takes a time the sentence anchors itself: "than a year earlier", "the five years before that"', () => {
		expect(
			pointsBack('The service handled 148,000 calls, 6% more than a year earlier.')
		).toBeUndefined();
		expect(pointsBack('The inspector concluded that night-time noise would rise.')).toBeUndefined();
		expect(
			pointsBack(
				'The village recorded 14 crashes in the past five years, more than three times as many as in the five years before that.'
			)
		).toBeUndefined();
		expect(pointsBack('Calls rose by 6% a year earlier.')).toMatch(/a year earlier/);
		expect(
			pointsBack(
				'The report recorded 286 assaults in the 12 months to August, up from 171 the year before.'
			)
		).toBeUndefined();
		expect(
			pointsBack('The ministry will spend £3.2m over the next year on a fence.')
		).toBeUndefined();
		expect(pointsBack('Assaults rose to 286, up from 171 the year before.')).toMatch(
			/the year before/
		);
		expect(pointsBack('The fence was finished the next year.')).toMatch(/the next year/);
		expect(
			pointsBack('This Friday, almost five and a half years later, the playhouse reopens.')
		).toMatch(/five and a half years later/);
		expect(pointsBack('A century later, about 1,200 people watched the match.')).toMatch(
			/a century later/i
		);
		expect(pointsBack('Two decades later, the club moved ground.')).toMatch(/two decades later/i);
		expect(
			pointsBack('The tram line will open on 19 May, two years later than planned.')
		).toBeUndefined();
		expect(
			pointsBack('The pool had 68,000 visits last year, down from around 90,000 a decade earlier.')
		).toBeUndefined();
	});

	it('finds "The other two": the other two of what was counted before', () => {
		expect(pointsBack('The other two were demolished in 2008.')).toMatch(/the other two/);
		expect(
			pointsBack('Three blocks were built in 1968; the other two blocks were demolished in 2008.')
		).toBeUndefined();
		expect(pointsBack('The other two of the five towers were demolished.')).toBeUndefined();
	});

	it('reads a statement taught after the sentence it leans on as its reader did', () => {
		const lone = 'The detectors were disabled three weeks earlier.';
		expect(pointsBack(lone)).toMatch(/three weeks earlier/);
		expect(pointsBack(`The fire started on 3 May. ${lone}`)).toBeUndefined();
		expect(pointsBack(`${lone} The fire started on 3 May.`)).toMatch(/three weeks earlier/);
		const problem = 'The problem was made worse by the hot weather.';
		expect(pointsBack(problem)).toMatch(/the problem/);
		expect(pointsBack(`Tests found oxygen as low as 1.5 mg a litre. ${problem}`)).toBeUndefined();
		expect(firstSentence('It rained. "Yes," he said.')).toBe('It rained.');
		expect(firstSentence('It cost £4.5 million in 2016.')).toBe('It cost £4.5 million in 2016.');
	});
});

describe('dangling-reference', () => {
	describe('good questions', () => {
		it('statements that name what they speak of', () => {
			for (const id of ['wall', 'target', 'repairs', 'praise', 'quoted'])
				expect(lint(ask(id), context), id).toEqual([]);
		});

		it('a blank for the person a pronoun refers to', () => {
			const { fact, slot } = factSlot(deck, 'praise');
			const q = typed(fact, slot);
			expect(q.question.prompt).toBe('_____ praised her side after the 3-0 win.');
			expect(lint(q, context)).toEqual([]);
			expect(
				lint(multipleChoice(fact, slot, ['Ray Dunn', 'Lee Hart', 'Jo Kerr']), context)
			).toEqual([]);
		});

		it('a quotation, asked for who said it', () => {
			const { fact } = factSlot(deck, 'quoted');
			expect(
				lint(whoSaid(fact, 'Gemma Thorne', ['Ray Dunn', 'Lee Hart', 'Jo Kerr']), context)
			).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('“The agency hopes to halve that number by 2030”', () => {
			const { fact, slot } = factSlot(deck, 'halve');
			for (const q of [trueStatement(fact), typed(fact, slot)]) {
				const findings = lint(q, context);
				expect(findings).toHaveLength(1);
				expect(findings[0].rule).toBe('dangling-reference');
				expect(findings[0].option).toBeUndefined();
			}
		});

		it('“He said…”', () => {
			const findings = lint(ask('said'), context);
			expect(findings.map((f) => f.rule)).toEqual(['dangling-reference']);
			expect(findings[0].message).toMatch(/He/);
		});

		it('“He said _____ would resign”: a blank for a person does not say who “he” is', () => {
			const { fact, slot } = factSlot(deck, 'resign');
			const findings = lint(typed(fact, slot), context);
			expect(findings.map((f) => f.rule)).toEqual(['dangling-reference']);
			expect(findings[0].message).toMatch(/He/);
		});

		it('“The plan was approved”', () => {
			const findings = lint(ask('approved'), context);
			expect(findings.map((f) => f.rule)).toEqual(['dangling-reference']);
			expect(findings[0].message).toMatch(/plan/);
		});

		it('“disabled _____ weeks earlier”: the blank hides the time that points back', () => {
			const detectors = makeDeck(
				[],
				[
					{
						id: 'off',
						statement: 'The detectors were disabled three weeks earlier.',
						slots: [{ id: 'n', kind: 'number', answer: 'three', value: 3 }]
					}
				]
			);
			const { fact, slot } = factSlot(detectors, 'off');
			const subject = typed(fact, slot);
			expect(subject.question.prompt).toBe('The detectors were disabled _____ weeks earlier.');
			expect(danglingReference(subject, contextOf(detectors))).toEqual([
				{
					rule: 'dangling-reference',
					message: '“three weeks earlier” needs the sentence before it'
				}
			]);
		});

		it('“two days later”', () => {
			const { fact, slot } = factSlot(deck, 'later');
			const findings = lint(
				multipleChoice(fact, slot, ['Alnwick', 'Morpeth', 'Carlisle']),
				context
			);
			expect(findings.map((f) => f.rule)).toEqual(['dangling-reference']);
			expect(findings[0].message).toMatch(/Two days later/);
		});

		it('“the agency” when the deck’s agency has a name', () => {
			const findings = lint(ask('agency'), context);
			expect(findings.map((f) => f.rule)).toEqual(['dangling-reference']);
			expect(findings[0].message).toMatch(/which agency/);
		});
	});
});
