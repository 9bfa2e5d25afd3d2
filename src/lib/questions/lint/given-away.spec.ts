import { describe, expect, it } from 'vitest';
import {
	boundedExtreme,
	givenAway,
	namedFirm,
	glossedShare,
	namedFor,
	weekdaySpan,
	worldKnownYear,
	oddOneOut,
	printsAnswer
} from './given-away.ts';
import { contextOf, factSlot, makeDeck, multipleChoice, typed, whoSaid } from './test-deck.ts';

const deck = makeDeck(
	[
		{ id: 'treasury', kind: 'organisation', name: 'the Treasury', aliases: ['Treasury'] },
		{ id: 'home-office', kind: 'organisation', name: 'Home Office' },
		{ id: 'ofsted', kind: 'organisation', name: 'Ofsted' },
		{ id: 'maria-lopez', kind: 'person', name: 'Maria Lopez', category: 'scientist' },
		{ id: 'tom-baker', kind: 'person', name: 'Tom Baker', category: 'scientist' },
		{ id: 'ann-reid', kind: 'person', name: 'Ann Reid', category: 'scientist' },
		{ id: 'sam-patel', kind: 'person', name: 'Sam Patel', category: 'scientist' }
	],
	[
		{
			id: 'figures',
			statement: 'The figures were published by the Treasury in May.',
			slots: [{ id: 'by', kind: 'organisation', answer: 'the Treasury', entity: 'treasury' }]
		},
		{
			id: 'study',
			statement: 'Maria Lopez led the study of river pollution.',
			slots: [
				{ id: 'lead', kind: 'person', answer: 'Maria Lopez', entity: 'maria-lopez' },
				{ id: 'topic', kind: 'phrase', answer: 'river pollution' }
			]
		},
		{
			id: 'inspection',
			statement: 'Ofsted inspected the school, and Ofsted’s report was published in May.',
			slots: [{ id: 'inspector', kind: 'organisation', answer: 'Ofsted', entity: 'ofsted' }]
		},
		{
			id: 'team',
			statement: 'Maria Lopez ran the survey, and the Lopez team wrote it up.',
			slots: [{ id: 'lead', kind: 'person', answer: 'Maria Lopez', entity: 'maria-lopez' }]
		},
		{
			id: 'guarantee',
			statement: 'Russia could accept a US security guarantee for Ukraine.',
			slots: [
				{
					id: 'guarantor',
					kind: 'country',
					answer: 'US',
					question: 'Whose security guarantee could Russia accept?'
				}
			]
		},
		{
			id: 'lecturer',
			statement: 'Tom Baker lectures at the Kestmoor Conservatoire of Music (KCM).',
			slots: [{ id: 'college', kind: 'organisation', answer: 'KCM' }]
		},
		{
			id: 'quote',
			statement: 'Tom Baker said the river was recovering.',
			quote: { speaker: 'tom-baker', text: 'The river is recovering.' },
			slots: [{ id: 'what', kind: 'phrase', answer: 'recovering' }]
		}
	]
);
const context = contextOf(deck);
const lint = givenAway;

describe('oddOneOut', () => {
	it('finds the answer that stands out by form', () => {
		expect(
			oddOneOut('the Treasury', ['the Treasury', 'Home Office', 'Cabinet Office', 'Met Office'])
		).toMatch(/with “the”/);
		expect(
			oddOneOut('Dr Maria Lopez', ['Dr Maria Lopez', 'Tom Baker', 'Ann Reid', 'Sam Patel'])
		).toMatch(/title/);
		expect(oddOneOut('pollution', ['pollution', 'Thames Water', 'Ofwat', 'Defra'])).toMatch(
			/lower case/
		);
		expect(
			oddOneOut('the Department for Environment, Food and Rural Affairs', [
				'the Department for Environment, Food and Rural Affairs',
				'the Treasury',
				'the Home Office',
				'the Cabinet Office'
			])
		).toMatch(/twice as long/);
	});

	it('finds the only acronym among words, and the only non-nationality among nationalities', () => {
		expect(oddOneOut('US', ['US', 'British', 'French', 'Polish'])).toMatch(/only acronym/);
		expect(oddOneOut('UK', ['France', 'UK', 'Germany', 'Italy'])).toMatch(/only acronym/);
		expect(oddOneOut('U.S.', ['British', 'French', 'U.S.', 'Polish'])).toMatch(/only acronym/);
		expect(oddOneOut('Germany', ['Germany', 'British', 'French', 'Polish'])).toMatch(
			/not a nationality word/
		);
		expect(oddOneOut('Ukraine', ['Irish', 'Ukraine', 'Dutch', 'Swiss'])).toMatch(
			/not a nationality word/
		);
	});

	it('finds nothing when the options look alike', () => {
		expect(
			oddOneOut('Maria Lopez', ['Maria Lopez', 'Tom Baker', 'Ann Reid', 'Sam Patel'])
		).toBeUndefined();
		expect(
			oddOneOut('the Treasury', [
				'the Treasury',
				'the Home Office',
				'the Cabinet Office',
				'the Met Office'
			])
		).toBeUndefined();
		expect(oddOneOut('British', ['British', 'French', 'Polish', 'German'])).toBeUndefined();
		expect(oddOneOut('US', ['US', 'UK', 'France', 'Poland'])).toBeUndefined();
		expect(oddOneOut('NATO', ['NATO', 'EU', 'UN', 'OSCE'])).toBeUndefined();
		expect(oddOneOut('Poland', ['Poland', 'France', 'Germany', 'Italy'])).toBeUndefined();
	});

	it('flags the odd form only when the other options all share theirs', () => {
		// "US" is the only acronym, but "1945" is no word: the wrong options have no one form.
		expect(oddOneOut('US', ['US', 'British', 'French', '1945'])).toBeUndefined();
		// "Poland" is not a nationality word, and neither is "US": no set of nationalities.
		expect(oddOneOut('Poland', ['Poland', 'British', 'French', 'US'])).toBeUndefined();
		expect(oddOneOut('Poland', ['Poland', 'British', 'French', 'Polish'])).toMatch(
			/not a nationality word/
		);
	});
});

describe('givenAway: an acronym blanked in the brackets after its name', () => {
	it('finds "the Kestmoor Conservatoire of Music (_____)" gives KCM away', () => {
		const { fact: f, slot: s } = factSlot(deck, 'lecturer', 'college');
		expect(lint(typed(f, s), context).map((x) => x.message)).toEqual([
			'KCM is spelt by the name just before the brackets'
		]);
	});
});

describe('printsAnswer', () => {
	it('finds the answer printed outside the blank', () => {
		expect(printsAnswer('_____ inspected it, and Ofsted’s report followed.', ['Ofsted'])).toMatch(
			/Ofsted/
		);
	});

	it('ignores short and numeric forms, and the blank itself', () => {
		expect(printsAnswer('_____ said the UK would act.', ['UK'])).toBeUndefined();
		expect(printsAnswer('In _____, 2019 was the wettest year.', ['2019'])).toBeUndefined();
		expect(printsAnswer('_____ inspected the school.', ['Ofsted'])).toBeUndefined();
	});
});

describe("namedFirm: a firm named after the answer's family", () => {
	it('finds "Pennock\'s Bakery" for the surname Pennock, and nothing for a bare possessive', () => {
		expect(namedFirm("Pennock's Bakery on Church Street was founded by  .", 'Pennock')).toBe(
			"Pennock's Bakery"
		);
		expect(namedFirm("Mr Pennock's shop opened in 1924.", 'Pennock')).toBeUndefined();
		expect(namedFirm("Harrow's Bakery was founded by  .", 'Pennock')).toBeUndefined();
	});
});

describe('given-away', () => {
	describe('good questions', () => {
		it('options alike in form, and a prompt that does not print the answer', () => {
			const study = factSlot(deck, 'study', 'lead');
			expect(
				lint(
					multipleChoice(study.fact, study.slot, ['Tom Baker', 'Ann Reid', 'Sam Patel']),
					context
				)
			).toEqual([]);
			expect(lint(typed(study.fact, study.slot), context)).toEqual([]);
			const figures = factSlot(deck, 'figures');
			expect(
				lint(
					multipleChoice(figures.fact, figures.slot, [
						'the Home Office',
						'the Cabinet Office',
						'the Met Office'
					]),
					context
				)
			).toEqual([]);
		});

		it('who said it, among plain names', () => {
			const { fact } = factSlot(deck, 'quote');
			expect(
				lint(whoSaid(fact, 'Tom Baker', ['Maria Lopez', 'Ann Reid', 'Sam Patel']), context)
			).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('the answer the only option with “the”', () => {
			const { fact, slot } = factSlot(deck, 'figures');
			const findings = lint(
				multipleChoice(fact, slot, ['Home Office', 'Cabinet Office', 'Met Office']),
				context
			);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/with “the”/);
		});

		it('the answer the only option with a title', () => {
			const { fact } = factSlot(deck, 'quote');
			const findings = lint(
				whoSaid(fact, 'Dr Tom Baker', ['Maria Lopez', 'Ann Reid', 'Sam Patel']),
				context
			);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/title/);
		});

		it('the answer the only option in lower case', () => {
			const { fact, slot } = factSlot(deck, 'study', 'topic');
			const findings = lint(
				multipleChoice(fact, slot, ['Thames Water', 'Defra', 'Ofwat']),
				context
			);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/lower case/);
		});

		it('the answer the only acronym among nationality words', () => {
			const { fact, slot } = factSlot(deck, 'guarantee');
			const findings = lint(multipleChoice(fact, slot, ['British', 'French', 'Polish']), context);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/only acronym/);
			// Among countries' names, one of them an acronym too, it does not stand out.
			expect(
				lint(multipleChoice(fact, slot, ['UK', 'France', 'Poland']), context).map((f) => f.rule)
			).toEqual([]);
		});

		it('the prompt printing the answer’s name elsewhere', () => {
			const { fact, slot } = factSlot(deck, 'inspection');
			const q = typed(fact, slot);
			expect(q.question.prompt).toBe(
				'_____ inspected the school, and Ofsted’s report was published in May.'
			);
			const findings = lint(q, context);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/Ofsted/);
		});

		it('the prompt printing the answer’s surname elsewhere', () => {
			const { fact, slot } = factSlot(deck, 'team');
			const findings = lint(
				multipleChoice(fact, slot, ['Tom Baker', 'Ann Reid', 'Sam Patel']),
				context
			);
			expect(findings.map((f) => f.rule)).toEqual(['given-away']);
			expect(findings[0].message).toMatch(/Lopez/);
		});
	});
});

describe('given-away: a vote with its majority', () => {
	const votes = makeDeck(
		[],
		[
			{
				id: 'vote',
				statement: 'The bill cleared the Commons by 241 votes to 96, a majority of 145.',
				slots: [
					{ id: 'yes', kind: 'number', answer: '241', value: 241 },
					{ id: 'no', kind: 'number', answer: '96', value: 96 }
				]
			},
			{
				id: 'plain',
				statement: 'The bill cleared the Commons by 241 votes to 96 on Wednesday.',
				slots: [{ id: 'yes', kind: 'number', answer: '241', value: 241 }]
			}
		]
	);
	const voteContext = contextOf(votes);

	it('finds either count fixed by the other and the majority', () => {
		for (const id of ['yes', 'no']) {
			const { fact, slot } = factSlot(votes, 'vote', id);
			expect(lint(typed(fact, slot), voteContext).map((f) => f.rule)).toEqual(['given-away']);
		}
	});

	it('finds nothing when the sentence gives no majority', () => {
		const { fact, slot } = factSlot(votes, 'plain');
		expect(lint(typed(fact, slot), voteContext)).toEqual([]);
	});
});

describe('boundedExtreme', () => {
	const statement = 'The petition has more than 2,400 signatures.';
	it('finds the answer to “more than” left the smallest option', () => {
		expect(boundedExtreme(statement, '2,400', ['4,800', '2,400', '3,600', '6,000'])).toMatch(
			/smallest/
		);
		expect(
			boundedExtreme('Fewer than 200 fish were found.', '200', ['100', '150', '200', '50'])
		).toMatch(/largest/);
	});

	it('lets a number with no bound, or an answer in the middle, pass', () => {
		expect(
			boundedExtreme('The petition has 2,400 signatures.', '2,400', [
				'4,800',
				'2,400',
				'3,600',
				'6,000'
			])
		).toBeUndefined();
		expect(
			boundedExtreme(statement, '2,400', ['1,200', '2,400', '3,600', '6,000'])
		).toBeUndefined();
	});
});

describe('namedFor: a name that spells the counted answer', () => {
	it('finds "Q-Six" for six proteins, and no name in an opening count', () => {
		expect(namedFor('Known as the Q-Six reader, it measures six proteins.', 'six')).toBe('Q-Six');
		expect(namedFor('The Three Peaks walk covers three mountains.', 'three')).toBe('Three');
		expect(namedFor('Six people died in the fire on Mill Road.', 'Six')).toBeUndefined();
		expect(namedFor('The Q-Six reader measures eight proteins.', 'eight')).toBeUndefined();
	});
});

describe('glossedShare', () => {
	it('finds a share its words say beside it, either way round', () => {
		const survey =
			'Nearly four in ten parents (38%) said they had cut back on food, and 22% said they had borrowed money.';
		expect(glossedShare(survey, '38%')).toBe('four in ten parents (38%)');
		expect(glossedShare(survey, '22%')).toBeUndefined();
		expect(glossedShare('About 40% (two in five) agreed.', '40%')).toBe('40% (two in five');
		expect(glossedShare('Half of the members (52%) voted.', '52%')).toBe(
			'Half of the members (52%)'
		);
		expect(glossedShare('Turnout was 38% (up from 31%).', '38%')).toBeUndefined();
	});
});

describe('weekdaySpan', () => {
	it('finds either end of a span of named days', () => {
		const fiesta =
			'The fiesta will take place over three days, from Friday 8 August to Sunday 10 August, at Hatherley Park.';
		expect(weekdaySpan(fiesta, '8 August')).toBe(true);
		expect(weekdaySpan(fiesta, '10 August')).toBe(true);
		expect(
			weekdaySpan('The show opens on Friday 8 August and the vote is on 3 September.', '8 August')
		).toBe(false);
	});
});

describe('worldKnownYear', () => {
	it('finds a pandemic year or a world war year named by its words', () => {
		const stopped =
			'The only other year it has not taken place was 2020, when it was stopped by pandemic restrictions.';
		expect(worldKnownYear(stopped, '2020')).toBe('pandemic');
		expect(
			worldKnownYear(
				'He set out with a horse and cart after the Second World War, in 1945.',
				'1945'
			)
		).toBe('Second World War');
		expect(worldKnownYear('The hall was built in 1945.', '1945')).toBeUndefined();
		expect(worldKnownYear(stopped, '1985')).toBeUndefined();
	});
});
