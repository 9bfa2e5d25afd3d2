import { describe, expect, it } from 'vitest';
import { impossibility, impossibleNumber } from './impossible-number.ts';
import {
	blamed,
	contextOf,
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	trueStatement
} from './test-deck.ts';

const deck = makeDeck(
	[],
	[
		{
			id: 'turnout',
			statement: 'Turnout was 64 % in the city.',
			slots: [{ id: 'share', kind: 'number', answer: '64 %', value: 64, unit: '%' }]
		},
		{
			id: 'sales',
			statement: 'Sales rose by 50 % last year.',
			slots: [{ id: 'growth', kind: 'number', answer: '50 %', value: 50, unit: '%' }]
		},
		{
			id: 'cold',
			statement: 'The coldest reading was -60 °C.',
			slots: [{ id: 'low', kind: 'number', answer: '-60 °C', value: -60, unit: '°C' }]
		},
		{
			id: 'storm',
			statement: 'The storm damaged 40 homes.',
			slots: [{ id: 'homes', kind: 'number', answer: '40', value: 40 }]
		},
		{
			id: 'crash',
			statement: 'The crash injured 12 people.',
			slots: [{ id: 'injured', kind: 'number', answer: '12', value: 12 }]
		},
		{
			id: 'festival',
			statement: 'The festival opened on 21 June.',
			slots: [{ id: 'day', kind: 'date', answer: '21 June' }]
		},
		{
			id: 'resident',
			statement: 'The oldest resident is 104 years old.',
			slots: [{ id: 'age', kind: 'number', answer: '104', value: 104 }]
		},
		{
			id: 'bridge',
			statement: 'The bridge opened in 2019.',
			slots: [{ id: 'year', kind: 'date', answer: '2019' }]
		},
		{
			id: 'update',
			statement: 'The faulty update was installed in April 2023.',
			slots: [{ id: 'month', kind: 'date', answer: 'April 2023' }]
		},
		{
			id: 'station',
			statement: 'The new station will open in 2029.',
			slots: [{ id: 'year', kind: 'date', answer: '2029' }]
		},
		{
			id: 'yearly',
			statement: 'The council voted to hold the fair every year, starting in 2026.',
			slots: [{ id: 'year', kind: 'date', answer: '2026' }]
		}
	],
	'March 2024'
);
const context = contextOf(deck, 2024);
const lint = impossibleNumber;

describe('impossibility', () => {
	it('says why a number cannot be', () => {
		expect(impossibility('Turnout was 130 % in the city.', '130 %')).toMatch(/more than the whole/);
		expect(impossibility('It was -300 °C.', '-300 °C')).toMatch(/absolute zero/);
		expect(impossibility('It damaged -40 homes.', '-40')).toMatch(/negative count/);
		expect(impossibility('It injured 2.5 people.', '2.5')).toMatch(/fraction/);
		expect(impossibility('It opened on 31 June.', '31')).toMatch(/June has no day 31/);
		expect(impossibility('She is 140 years old.', '140')).toMatch(/years old/);
		expect(impossibility('At 116, Ms Feltham is the oldest winner.', '116')).toMatch(/years old/);
		expect(impossibility('Lee Corcoran, 130, said so.', '130')).toMatch(/years old/);
		expect(impossibility('His daughter, Margaret Tillyard, now 151, was two.', '151')).toMatch(
			/years old/
		);
		expect(impossibility('At 58, Ms Feltham is the oldest winner.', '58')).toBeUndefined();
		expect(impossibility('It aims to cut herbicide use by up to 135%.', '135%')).toMatch(/whole/);
		const sites = 'That is 158% of the sites, up from 54% when it last carried out the survey.';
		expect(impossibility(sites, '158%')).toMatch(/more than the whole/);
		expect(impossibility(sites.replace('158%', '90%'), '90%')).toBeUndefined();
		expect(impossibility('Turnout was 102%, more than twice the 27% last time.', '102%')).toMatch(
			/more than the whole/
		);
		expect(impossibility('It aims to cut herbicide use by up to 90%.', '90%')).toBeUndefined();
		expect(
			impossibility(
				'It will withdraw £4.2m over the next three years, a cut of 119% to its budget.',
				'119%'
			)
		).toMatch(/cut by 119%/);
		expect(impossibility('Sales rose 130% on the year, a record.', '130%')).toBeUndefined();
		expect(
			impossibility('Output rose over the year, a 120 per cent fall in waste.', '120')
		).toMatch(/cut by 120/);
		expect(impossibility('Prices rose by up to 150%.', '150%')).toBeUndefined();
		// A level is no rise, and the figure is found where it stands, not inside "118,000".
		expect(impossibility('At weekends that figure rose to 108 per cent.', '108')).toMatch(/whole/);
		expect(
			impossibility('It sold 118,000 tickets, and the show ran at 118 per cent capacity.', '118')
		).toMatch(/whole/);
		const trial = 'It followed 620 adults aged between 25 and 70.';
		expect(impossibility(trial.replace('70', '140'), '140')).toMatch(/ages/);
		expect(impossibility(trial.replace('25', '15'), '15')).toMatch(/no adult/);
		expect(impossibility(trial, '70')).toBeUndefined();
		const riders = 'The riders, who range in age from 19 to 71, set off on Friday.';
		expect(impossibility(riders.replace('71', '124'), '124')).toMatch(/ages/);
		expect(impossibility(riders, '71')).toBeUndefined();
		const years = 'It compares pupils in Year 10 and 11 at the two schools.';
		expect(impossibility(years.replace('11', '22'), '22')).toMatch(/no school/);
		expect(impossibility(years, '11')).toBeUndefined();
		expect(impossibility('The Year 2000 bug cost millions.', '2000')).toBeUndefined();
		expect(impossibility('It broadcasts on 145.9 FM.', '145.9')).toMatch(/FM band/);
		expect(impossibility('It broadcasts on 104.2 FM.', '104.2')).toBeUndefined();
		expect(impossibility('The critic gave it eight stars.', 'eight')).toMatch(/five stars/);
		expect(impossibility('The critic gave it four stars.', 'four')).toBeUndefined();
		expect(impossibility('Parcels come eight days a week.', 'eight')).toMatch(/a week has/);
		expect(impossibility('The line runs 25 hours a day.', '25')).toMatch(/a day has/);
		expect(impossibility('Parcels come six days a week.', 'six')).toBeUndefined();
	});

	it('knows a vote that was carried had a majority', () => {
		const voted = 'Drivers voted by 44 per cent to strike, on a turnout of 30 per cent.';
		expect(impossibility(voted, '44')).toMatch(/no majority/);
		expect(impossibility(voted.replace('44', '87'), '87')).toBeUndefined();
		// The turnout is no vote share: any figure will do.
		expect(impossibility(voted, '30')).toBeUndefined();
		expect(impossibility('The bill was passed by a majority of 50 per cent.', '50')).toMatch(
			/no majority/
		);
		// The thing backed between the verb and "by".
		const backed =
			'Members of the union backed walkouts by 42% in a ballot that closed on Wednesday.';
		expect(impossibility(backed, '42%')).toMatch(/no majority/);
		expect(impossibility(backed.replace('42%', '84%'), '84%')).toBeUndefined();
	});

	it('reads the month inside a date answer', () => {
		expect(impossibility('It opened on 31 June.', '31 June')).toMatch(/June has no day 31/);
		expect(impossibility('It opened on June 31, 2015.', 'June 31, 2015')).toMatch(/no day 31/);
		expect(impossibility('It opened on 30 June 2015.', '30 June 2015')).toBeUndefined();
		expect(impossibility('It opened in June 2015.', 'June 2015')).toBeUndefined();
	});

	it('finds nothing wrong with possible numbers', () => {
		expect(impossibility('Sales rose by 150 % last year.', '150 %')).toBeUndefined();
		expect(impossibility('It was -120 °C.', '-120 °C')).toBeUndefined();
		expect(impossibility('It affected 2.5 million people.', '2.5')).toBeUndefined();
		expect(impossibility('It opened on 30 June.', '30')).toBeUndefined();
		expect(impossibility('It is 2.5 metres long.', '2.5')).toBeUndefined();
	});
});

describe('impossible-number', () => {
	describe('good questions', () => {
		it('the true statements themselves', () => {
			for (const fact of deck.facts)
				expect(lint(trueStatement(fact), context), fact.id).toEqual([]);
		});

		it('possible wrong numbers', () => {
			const cases: [string, string[]][] = [
				['turnout', ['32 %', '96 %', '48 %']],
				['cold', ['-30 °C', '-120 °C', '-90 °C']],
				['storm', ['20', '80', '60']],
				['crash', ['6', '24', '18']],
				['festival', ['30 June', '21 July', '12 June']],
				['resident', ['52', '112', '98']],
				['bridge', ['2009', '2015', '2022']]
			];
			for (const [id, wrong] of cases) {
				const { fact, slot } = factSlot(deck, id);
				expect(lint(multipleChoice(fact, slot, wrong), context), id).toEqual([]);
			}
		});

		it('a rise of more than 100 %', () => {
			const { fact, slot } = factSlot(deck, 'sales');
			const q = falseStatement(fact, slot, '150 %');
			expect(q.question.prompt).toBe('Sales rose by 150 % last year.');
			expect(lint(q, context)).toEqual([]);
		});

		it('a future event after the article’s year', () => {
			const { fact, slot } = factSlot(deck, 'station');
			expect(lint(falseStatement(fact, slot, '2031'), context)).toEqual([]);
		});

		it('a late year when the article’s year is not known', () => {
			const { fact, slot } = factSlot(deck, 'bridge');
			expect(lint(falseStatement(fact, slot, '2027'), contextOf(deck))).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('over 100 % of something', () => {
			const { fact, slot } = factSlot(deck, 'turnout');
			const findings = lint(multipleChoice(fact, slot, ['32 %', '128 %', '48 %']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['impossible-number', '128 %']]);
		});

		it('below absolute zero', () => {
			const { fact, slot } = factSlot(deck, 'cold');
			expect(blamed(lint(falseStatement(fact, slot, '-300 °C'), context))).toEqual(['-300 °C']);
		});

		it('a negative count', () => {
			const { fact, slot } = factSlot(deck, 'storm');
			expect(blamed(lint(falseStatement(fact, slot, '-40'), context))).toEqual(['-40']);
		});

		it('2.5 people', () => {
			const { fact, slot } = factSlot(deck, 'crash');
			const findings = lint(multipleChoice(fact, slot, ['6', '2.5', '24']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['impossible-number', '2.5']]);
		});

		it('31 June', () => {
			const { fact, slot } = factSlot(deck, 'festival');
			expect(blamed(lint(falseStatement(fact, slot, '31 June'), context))).toEqual(['31 June']);
		});

		it('an age no one reaches', () => {
			const { fact, slot } = factSlot(deck, 'resident');
			expect(blamed(lint(falseStatement(fact, slot, '208'), context))).toEqual(['208']);
		});

		it('a past event dated after the article was written', () => {
			const { fact, slot } = factSlot(deck, 'bridge');
			const findings = lint(multipleChoice(fact, slot, ['2009', '2027', '2015']), context);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['impossible-number', '2027']]);
		});
		it('a change starting in a year the article has already lived through', () => {
			const { fact, slot } = factSlot(deck, 'yearly');
			const findings = lint(
				multipleChoice(fact, slot, ['2016', '2027', '2028']),
				contextOf(deck, 2025)
			);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([['impossible-number', '2016']]);
		});

		it('a past event in a month after the one the article was written in', () => {
			const { fact, slot } = factSlot(deck, 'update');
			const march = { ...contextOf(deck, 2024), month: 3 };
			const findings = lint(
				multipleChoice(fact, slot, ['April 2024', 'February 2024', 'June 2023']),
				march
			);
			expect(findings.map((f) => [f.rule, f.option])).toEqual([
				['impossible-number', 'April 2024']
			]);
			// Without a month, the year alone cannot tell.
			expect(lint(falseStatement(fact, slot, 'April 2024'), context)).toEqual([]);
		});
	});
});

describe('ages of children, and a done thing dated in a year still ahead', () => {
	it('finds a child older than a child can be', () => {
		const cases =
			'There have been 47 cases, most of them among unvaccinated children aged between five and 15.';
		expect(impossibility(cases, '15')).toBeUndefined();
		expect(impossibility(cases.replace('15', '23'), '23')).toBe('no child is 23');
	});

	it('refuses "was approved in 2028" where the article looks ahead to 2028', () => {
		const statement =
			'A smaller extension of 12 hectares was approved in 2009 with little opposition.';
		const quarry = {
			...makeDeck(
				[],
				[
					{
						id: 'extension',
						statement,
						slots: [{ id: 'year', kind: 'date', answer: '2009' }]
					}
				]
			),
			article: `The company says it will run out of workable stone by 2028. ${statement}`
		};
		const { fact, slot } = factSlot(quarry, 'extension');
		const findings = lint(multipleChoice(fact, slot, ['2014', '2028', '2006']), contextOf(quarry));
		expect(findings.map((f) => [f.rule, f.option])).toEqual([['impossible-number', '2028']]);
	});
});

describe('a snooker break', () => {
	it('passes no 147, and only in a frame of snooker', () => {
		const frame = 'Breaks of 112 and 96 helped him into a four-frame lead.';
		expect(impossibility(frame, '112')).toBeUndefined();
		expect(impossibility(frame.replace('112', '224'), '224')).toBe('no snooker break reaches 224');
		expect(impossibility(frame.replace('96', '192'), '192')).toBe('no snooker break reaches 192');
		expect(impossibility('A run of 200 days without rain.', '200')).toBeUndefined();
	});
});

describe('a minute of a match', () => {
	it('passes no 100th minute, or 130th with extra time', () => {
		const goal =
			'Aisha Brennan, 19, equalised on 76 minutes with a low shot from the edge of the area.';
		expect(impossibility(goal, '76')).toBeUndefined();
		expect(impossibility(goal.replace('76', '114'), '114')).toBe('a match has no minute 114');
		expect(
			impossibility(goal.replace('76', '114').replace('.', ' in extra time.'), '114')
		).toBeUndefined();
		expect(impossibility('The ferry crossing took 114 minutes.', '114')).toBeUndefined();
	});
});
