import { describe, expect, it } from 'vitest';
import {
	ageInPassing,
	ageOfABody,
	oneOfAList,
	backgroundDate,
	colourOnly,
	endOfARange,
	notWorthAsking,
	partOfATime,
	trivialAnswer,
	voxPop,
	ownStoryYear,
	yardstickSpan
} from './not-worth-asking.ts';
import {
	contextOf,
	factSlot,
	falseStatement,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed
} from './test-deck.ts';

const deck = makeDeck(
	[{ id: 'city-council', kind: 'organisation', name: 'City Council' }],
	[
		{
			id: 'weekday',
			statement: 'The City Council voted on Tuesday to close the library.',
			slots: [
				{ id: 'day', kind: 'date', answer: 'Tuesday' },
				{ id: 'council', kind: 'organisation', answer: 'City Council', entity: 'city-council' }
			]
		},
		{
			id: 'hour',
			statement: 'The meeting began at 10am.',
			slots: [{ id: 'time', kind: 'phrase', answer: '10am' }]
		},
		{
			id: 'today',
			statement: 'The library closes its doors today.',
			slots: [{ id: 'when', kind: 'phrase', answer: 'today' }]
		},
		{
			id: 'date',
			statement: 'The library first opened on 14 March 1904.',
			slots: [{ id: 'opened', kind: 'date', answer: '14 March 1904' }]
		}
	]
);
const context = contextOf(deck);
const lint = notWorthAsking;

describe('trivialAnswer', () => {
	it('refuses weekdays, hours, relative days and empty words', () => {
		expect(trivialAnswer('Tuesday')).toMatch(/day of the week/);
		expect(trivialAnswer('Sundays')).toMatch(/day of the week/);
		expect(trivialAnswer('10am')).toMatch(/hour/);
		expect(trivialAnswer('7.30 pm')).toMatch(/hour/);
		expect(trivialAnswer('today')).toMatch(/out of the article/);
		expect(trivialAnswer('last week')).toMatch(/out of the article/);
		expect(trivialAnswer('they')).toMatch(/pronoun/);
		expect(trivialAnswer('Dean')).toMatch(/title/);
		expect(trivialAnswer('Lieutenant')).toMatch(/title/);
	});

	it('accepts answers worth knowing', () => {
		for (const answer of [
			'14 March 1904',
			'1904',
			'City Council',
			'Sunday Times',
			'10 Downing Street'
		])
			expect(trivialAnswer(answer), answer).toBeUndefined();
	});
});

describe('not-worth-asking', () => {
	describe('good questions', () => {
		it('a date and an organisation', () => {
			const date = factSlot(deck, 'date');
			expect(lint(typed(date.fact, date.slot), context)).toEqual([]);
			const council = factSlot(deck, 'weekday', 'council');
			expect(
				lint(
					multipleChoice(council.fact, council.slot, [
						'County Council',
						'Parish Council',
						'Cabinet'
					]),
					context
				)
			).toEqual([]);
		});

		it('the true statement, which asks about no one slot', () => {
			expect(lint(trueStatement(factSlot(deck, 'weekday').fact), context)).toEqual([]);
		});
	});

	describe('bad questions', () => {
		it('a weekday', () => {
			const { fact, slot } = factSlot(deck, 'weekday', 'day');
			for (const q of [
				typed(fact, slot),
				multipleChoice(fact, slot, ['Monday', 'Friday', 'Sunday']),
				falseStatement(fact, slot, 'Monday')
			]) {
				const findings = lint(q, context);
				expect(
					findings.map((f) => f.rule),
					q.question.type
				).toEqual(['not-worth-asking']);
			}
		});

		it('“10am”', () => {
			const { fact, slot } = factSlot(deck, 'hour');
			const findings = lint(typed(fact, slot), context);
			expect(findings.map((f) => f.rule)).toEqual(['not-worth-asking']);
			expect(findings[0].option).toBeUndefined();
		});

		it('“today”', () => {
			const { fact, slot } = factSlot(deck, 'today');
			expect(lint(typed(fact, slot), context).map((f) => f.rule)).toEqual(['not-worth-asking']);
		});
	});
});

describe('partOfATime', () => {
	const WON = 'Korir won in 2 hours 19 minutes 42 seconds, though it was 24C.';
	it('finds the hours, minutes or seconds of a time, alone', () => {
		expect(partOfATime(WON, '2')).toBe(true);
		expect(partOfATime(WON, '19')).toBe(true);
		expect(partOfATime(WON, '42')).toBe(true);
		expect(partOfATime('Denholm was second in 2:22:55.', '22')).toBe(true);
		expect(
			partOfATime('The previous record of 73 days and nine hours was set in 2016.', 'nine')
		).toBe(true);
	});

	it('leaves a whole length of time and other numbers', () => {
		expect(partOfATime(WON, '24C')).toBe(false);
		expect(partOfATime('The start moved forward by 30 minutes.', '30')).toBe(false);
		expect(partOfATime('The talks lasted three days.', 'three')).toBe(false);
	});
});

describe('backgroundDate', () => {
	it('finds the year of a yardstick or a namesake', () => {
		expect(
			backgroundDate('It was the wettest October since records began in 1891, she said.', '1891')
		).toBe(true);
		expect(
			backgroundDate(
				'The water fell to its lowest level since the dam was completed in 1956.',
				'1956'
			)
		).toBe(true);
		expect(
			backgroundDate(
				'Korir collected the Lyle Trophy, named after the runner who won the first race in 1979.',
				'1979'
			)
		).toBe(true);
	});

	it('leaves the dates of the news itself', () => {
		expect(backgroundDate('Shares fell to their lowest level since 2009.', '2009')).toBe(false);
		expect(backgroundDate('The quarrel began in 2012, when work started.', '2012')).toBe(false);
		expect(backgroundDate('The IBWC, set up in 1998, hosted the talks.', '1998')).toBe(false);
		expect(
			backgroundDate(
				'It runs in the Embankment, named after the Queen, which opened in 1870.',
				'1870'
			)
		).toBe(false);
	});
});

describe('ownStoryYear', () => {
	it('finds the year of something that befell a member of the public the sentence opens with', () => {
		const article =
			'Screening finds cancers early. Joan Petherick, 68, a former bus driver, was diagnosed after a scan in the Lintwhite Lane car park in 2023.';
		const joan =
			'Joan Petherick, 68, a former bus driver, was diagnosed after a scan in the Lintwhite Lane car park in 2023.';
		expect(ownStoryYear(joan, '2023', article, () => true)).toBe(true);
		expect(ownStoryYear(joan, '68', article, () => true)).toBe(false);
		const mayor =
			'Dr Ruth Okonedo, the council’s chief executive, said in 2023 that it would close.';
		expect(ownStoryYear(mayor, '2023', mayor, () => true)).toBe(false);
	});
});

describe('voxPop', () => {
	const orr = 'Janet Orr, a retired teacher from Tallford, said she had spent hours on the phone.';

	it('finds the name, street and town of a member of the public quoted for colour', () => {
		expect(voxPop(orr, 'Janet Orr')).toBe(true);
		expect(voxPop(orr, 'Tallford')).toBe(true);
		expect(
			voxPop(
				'Helen Ashdown, who runs a hardware shop on Bridge Street, said her takings had halved.',
				'Bridge Street'
			)
		).toBe(true);
	});

	it('does not take a group’s chairwoman for a member of the public', () => {
		const chair =
			'Its chairwoman, Margaret Adeyemi, 68, a retired head teacher, said the building was far more than a place to borrow books.';
		expect(voxPop(chair, 'Margaret Adeyemi')).toBe(false);
		expect(voxPop(chair.replace('Its chairwoman, ', ''), 'Margaret Adeyemi')).toBe(true);
	});

	it('finds a member of the public the sentence opens by describing', () => {
		const postman = 'Retired postman Colin Ashworth, 74, said he backed the repairs.';
		expect(voxPop(postman, 'Colin Ashworth')).toBe(true);
		const mother = 'Mother-of-two Priya Saunders said she feared for the lessons.';
		expect(voxPop(mother, 'Priya Saunders')).toBe(true);
		expect(colourOnly(mother, '', () => true)).toBe(true);
		// A councillor described first is the story's own.
		expect(voxPop('Councillor Janet Okafor said the pool would close.', 'Janet Okafor')).toBe(
			false
		);
		expect(colourOnly('Councillor Janet Okafor said the pool would close.', '', () => true)).toBe(
			false
		);
	});

	it('finds a patient described in passing, whatever the sentence goes on to say', () => {
		const patient =
			'Martin Kehoe, a retired postman from Carrickfane, has been waiting 22 months for an appointment.';
		expect(voxPop(patient, 'Martin Kehoe')).toBe(true);
		expect(voxPop(patient, 'Carrickfane')).toBe(true);
		expect(voxPop(patient, '22 months')).toBe(false);
		const parent = 'Colin Ferris, whose twin daughters are in Year 8, said the plan felt rushed.';
		expect(voxPop(parent, 'Colin Ferris')).toBe(true);
	});

	it('finds someone named once, with an age, after the opening: "Lee Corcoran, 52, …"', () => {
		const article = [
			'Up to 410 jobs are to go at a car-parts factory in Brackwell.',
			'Tollard Components told its staff on 9 October.',
			'Graham Ostrander, the managing director, said orders had fallen.',
			'Lee Corcoran, 52, a press operator who has worked at the plant for 31 years, said: "There is nothing like it."',
			'Mr Ostrander said he understood.'
		].join(' ');
		const corcoran =
			'Lee Corcoran, 52, a press operator who has worked at the plant for 31 years, said: "There is nothing like it."';
		expect(voxPop(corcoran, 'Lee Corcoran', article)).toBe(true);
		expect(voxPop(corcoran, '31', article)).toBe(true);
		// Named again ("Mr Ostrander"), or in the opening: the story's own people.
		const ostrander = 'Graham Ostrander, 58, the managing director, said orders had fallen.';
		expect(voxPop(ostrander, 'Graham Ostrander', `${article} ${ostrander}`)).toBe(false);
		expect(voxPop(corcoran, 'Lee Corcoran', `${corcoran} ${article}`)).toBe(false);
	});

	it('leaves officials, and what a member of the public said', () => {
		const official =
			'Fiona Maclaren, the authority’s director of enforcement, said the firm had ignored complaints.';
		expect(voxPop(official, 'Fiona Maclaren')).toBe(false);
		expect(voxPop(`${orr.slice(0, -1)} for 40 minutes.`, '40 minutes')).toBe(false);
	});
});

describe('ageInPassing', () => {
	it('finds an age said in passing, not the age at death', () => {
		const son = "Maura Keaney's son Declan, who is 24, is in the wheelhouse.";
		expect(ageInPassing(son, '24')).toBe(true);
		expect(ageInPassing('He died, aged 94, at his home in Cardiff.', '94')).toBe(false);
		expect(ageInPassing('The team of 24 is in the wheelhouse.', '24')).toBe(false);
	});
});

describe('ageOfABody and an age in years old', () => {
	it('finds "the competition’s 94-year history" and "was 12 years old in 1985"', () => {
		const record =
			'Ilse Varga became the youngest champion in the competition’s 94-year history on Sunday.';
		expect(ageOfABody(record, '94-year')).toBe(true);
		expect(ageOfABody(record, '94')).toBe(true);
		expect(ageOfABody('The firm made 94 ovens in its first year.', '94')).toBe(false);
		expect(ageInPassing('The mayor, Gunnar Eklund, was 12 years old in 1985.', '12')).toBe(true);
		expect(ageInPassing('They found a wooden boat about 2,600 years old.', '2,600')).toBe(false);
	});
});

describe('one end of a rough range, a rough size, a part of a time in words', () => {
	it('finds "two or _____ routes"', () => {
		expect(endOfARange('They want to alternate between two or three routes.', 'three')).toBe(true);
		expect(endOfARange('They want to alternate between three routes.', 'three')).toBe(false);
	});

	it('finds "several _____ people" and "two hours and _____ minutes"', () => {
		expect(trivialAnswer('hundred')).toMatch(/rough size/);
		expect(partOfATime('a final that lasted two hours and 48 minutes', '48')).toBe(true);
	});
});

describe('colourOnly', () => {
	const article = [
		'Opening hours at all 14 libraries will be cut.',
		'The council said the changes would save money.',
		'Councillors voted 31 to 22 in favour.',
		'Harold Bennett, 71, a retired bus driver, said he had learned to use email there.',
		'"I will have to get two buses," said Gemma Prowse, who runs a bakery on Bridge Street.',
		'Councillor Janet Okafor, the cabinet member, said she took no pleasure in it.'
	].join(' ');
	const person = (name: string) => /Bennett|Prowse|Okafor/.test(name);

	it('finds a statement only about someone quoted for colour, and their role fact', () => {
		expect(
			colourOnly(
				'Harold Bennett, 71, a retired bus driver, said he had learned to use email there.',
				article,
				person
			)
		).toBe(true);
		expect(colourOnly('Gemma Prowse runs a bakery on Bridge Street.', article, person, true)).toBe(
			true
		);
	});

	it('leaves the people a story follows', () => {
		expect(
			colourOnly(
				'Councillor Janet Okafor, the cabinet member, said she took no pleasure in it.',
				article,
				person
			)
		).toBe(false);
		expect(colourOnly('Janet Okafor runs the communities portfolio.', article, person, true)).toBe(
			false
		);
	});
});

describe('yardstickSpan, and people quoted for the farm or the family they have', () => {
	it('finds the span a figure is set against: "than three months earlier"', () => {
		const vacancies = 'Vacancies, at 31,000, were only slightly lower than three months earlier.';
		expect(yardstickSpan(vacancies, 'three')).toBe(true);
		expect(yardstickSpan(vacancies, '31,000')).toBe(false);
		expect(yardstickSpan('Sales fell for three months.', 'three')).toBe(false);
	});

	it('finds a farmer by her herd and a parent by "whose 13-year-old son"', () => {
		const farmer =
			'Gwen Arkwright, who keeps 300 dairy cows on land that slopes down to the Tarn, said her neighbours had planted grass strips.';
		expect(voxPop(farmer, 'Gwen Arkwright')).toBe(true);
		expect(voxPop(farmer, '300')).toBe(true);
		const parent =
			'Joanne Pearce, whose 13-year-old son attends a school in Ashdown, said she would sign the form.';
		expect(voxPop(parent, 'Joanne Pearce')).toBe(true);
	});
});

describe('people quoted for colour, described the ways the blind splits wrote them', () => {
	it("finds a speaker's age after the name, and a student or shopkeeper by what they are", () => {
		expect(ageInPassing('"It has been overwhelming," said Ms Bethany Cole, 29.', '29')).toBe(true);
		expect(ageInPassing('The walk raised £312,000, up from 205.', '205')).toBe(false);
		const student =
			'Aisha Brennan, a second-year nursing student at Stanbridge, said she was worried.';
		expect(voxPop(student, 'Stanbridge')).toBe(true);
		const shop =
			"Morag Delaney, who runs the island's only supermarket, said four days was manageable.";
		expect(voxPop(shop, 'Morag Delaney')).toBe(true);
		const guests =
			'Sue Peverell, who runs the Old Granary guest house on Bridge Street, said every room was booked.';
		expect(voxPop(guests, 'Bridge Street')).toBe(true);
		expect(yardstickSpan('Fuel remains more expensive than three years ago.', 'three')).toBe(true);
		expect(yardstickSpan('It was stolen more than six years ago.', 'six')).toBe(false);
	});

	it('finds the year a walker met in passing lost his wife', () => {
		const hume =
			'The oldest person to complete the route was Walter Hume, 94, whose wife died at the hospice in 2016.';
		const article = `More than 4,600 people took part. The hospice needs £4.2m. ${hume}`;
		expect(voxPop(hume, '2016', article)).toBe(true);
	});
});

describe('oneOfAList', () => {
	it('finds one of the winning numbers, not a count beside a list', () => {
		const drawn = 'The winning numbers, 4, 11, 19, 27, 38 and 45, were based on birthdays.';
		expect(oneOfAList(drawn, '11')).toBe(true);
		expect(oneOfAList(drawn, '45')).toBe(true);
		expect(oneOfAList('Fourteen workers matched all 6 numbers, 4, 11 and 19.', '6')).toBe(false);
	});
});
