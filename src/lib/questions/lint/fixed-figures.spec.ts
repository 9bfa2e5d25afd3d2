/** Figures a sentence fixes by its own arithmetic (fixed-figures.ts). */
import { describe, expect, it } from 'vitest';
import {
	changeFixes,
	changeMismatch,
	daysBetweenDates,
	daysBroken,
	multipleBroken,
	multipleOfTheOther,
	partOfWholeAndRest,
	productBroken,
	productFixes,
	restBroken,
	shareBroken,
	shareFixes
} from './fixed-figures.ts';

describe('a figure and its double', () => {
	const scheme =
		'The university says twice as many staff applied as it had expected, 96 against a target of 48.';
	const complaints = 'Complaints had doubled in two years, from 1,150 in 2022 to 2,300 last year.';

	it('gives either away, and a wrong one breaks it', () => {
		expect(multipleOfTheOther(scheme, '96')).toBe(true);
		expect(multipleOfTheOther(scheme, '48')).toBe(true);
		expect(multipleOfTheOther(complaints, '1,150')).toBe(true);
		expect(multipleBroken(scheme)).toBe(false);
		expect(multipleBroken(scheme.replace('96', '168'))).toBe(true);
	});

	it('gives figures away "almost three times", but never breaks on "almost"', () => {
		const meadow =
			'The area of wet meadow has grown from 40 hectares to 115 hectares, almost three times its former size.';
		expect(multipleOfTheOther(meadow, '40')).toBe(true);
		expect(multipleOfTheOther(meadow, '115')).toBe(true);
		expect(multipleOfTheOther(meadow.replace('115', '60'), '60')).toBe(false);
		expect(multipleBroken(meadow.replace('115', '60'))).toBe(false);
	});

	it('is no rule for figures that are not the multiple', () => {
		const loose = 'Twice as many people came, 300 of them, and 40 stayed overnight.';
		expect(multipleOfTheOther(loose, '300')).toBe(false);
		// Two figures that are not the multiple: no rule, whichever is changed.
		const quakes =
			'The ground has risen by 9cm, and 1,840 earthquakes were recorded, twice as many as last year.';
		expect(multipleBroken(quakes)).toBe(multipleBroken(quakes.replace('1,840', '1,400')));
	});
});

describe('days between two dates', () => {
	const consultation = 'A formal 45-day consultation begins on 10 February and ends on 27 March.';

	it('gives the length and either date away, and a wrong one breaks it', () => {
		expect(daysBetweenDates(consultation, '45-day')).toBe(true);
		expect(daysBetweenDates(consultation, '10 February')).toBe(true);
		expect(daysBroken(consultation)).toBe(false);
		expect(daysBroken(consultation.replace('10 February', '10 January'))).toBe(true);
		expect(daysBetweenDates('A 30-day window opens on 1 May.', '1 May')).toBe(false);
	});
});

describe('a part, its whole and the rest', () => {
	const jury =
		'It took two hours because two of the nine jurors had taught finalists and were barred from voting, and the seven who remained needed three rounds of ballots to agree.';

	it('gives away any of the three by the other two, in words or figures', () => {
		expect(partOfWholeAndRest(jury, 'nine')).toBe(true);
		expect(partOfWholeAndRest(jury, '9')).toBe(true);
		expect(partOfWholeAndRest(jury, 'seven')).toBe(true);
		expect(partOfWholeAndRest(jury, 'three')).toBe(false);
		expect(restBroken(jury)).toBe(false);
	});

	it('finds a part and a rest that do not make the whole', () => {
		expect(restBroken(jury.replace('nine', 'ten'))).toBe(true);
		expect(restBroken('Four of the 12 stations closed, leaving 9 open.')).toBe(true);
		expect(restBroken('Four of the 12 stations closed, leaving 8 open.')).toBe(false);
	});
});

describe('a change in per cent and its two figures', () => {
	const list = 'The waiting list grew by 7% over the year, from 19,900 to 21,300.';

	it('agrees as rounded, written after the figures or before them', () => {
		expect(changeMismatch(list)).toBe(false);
		expect(changeMismatch('It fell from 1.3 attacks to 0.7, a reduction of 46%.')).toBe(false);
	});

	it('is broken by a change a point away, and gives any of the three away', () => {
		expect(changeMismatch(list.replace('7%', '8%'))).toBe(true);
		expect(changeMismatch(list.replace('21,300', '23,000'))).toBe(true);
		expect(changeFixes(list, '7%')).toBe(true);
		expect(changeFixes(list, '19,900')).toBe(true);
		expect(changeFixes('The list grew over the year, from 19,900 to 21,300.', '19,900')).toBe(
			false
		);
	});

	it('reads "…, up 61% from 2,118" against the figure before it, not a year or a far one', () => {
		const claims =
			'The council logged 3,412 claims in the 2024-25 financial year, up 61% from 2,118 the year before.';
		expect(changeMismatch(claims)).toBe(false);
		expect(changeMismatch(claims.replace('3,412', '2,047'))).toBe(true);
		for (const figure of ['3,412', '61%', '2,118']) expect(changeFixes(claims, figure)).toBe(true);
		expect(changeMismatch('Sales reached £5m in 2023, with exports up 12% from 2022 levels.')).toBe(
			false
		);
		expect(changeMismatch('It sold 40 homes, with prices down 3% from 250,000 a year ago.')).toBe(
			false
		);
	});
});

describe('a rate, its count and their product', () => {
	const meals =
		'Parents who pay £2.70 a day will save around £510 a year per child, based on a school year of 190 days.';

	it('gives each of the three away by the other two', () => {
		expect(productFixes(meals, '£2.70')).toBe(true);
		expect(productFixes(meals, '£510')).toBe(true);
		expect(productFixes(meals, '190')).toBe(true);
		expect(productFixes('It costs £4 a day and £95 a term, over 20 weeks.', '£4')).toBe(false);
	});

	it('finds a wrong figure that no longer multiplies out', () => {
		expect(productBroken(meals.replace('£2.70', '£5.40'))).toBe(true);
		expect(productBroken(meals.replace('£2.70', '£1.60'))).toBe(true);
		expect(productBroken(meals.replace('£2.70', '£2.69'))).toBe(false);
		expect(productBroken(meals)).toBe(false);
	});
});

describe('figures a sentence works out in per cent', () => {
	const survey =
		'A survey of 1,200 regular commuters found that 816, or 68%, planned to use the tunnel.';
	const trip = 'The tunnel cuts the trip from 34 minutes to 12, a reduction of about 65%.';
	const cost = 'It cost $1.29 billion, 24% more than the $1.04 billion budget approved in 2017.';

	it('gives away a count, its share or its whole ("816, or 68%")', () => {
		expect(shareFixes(survey, '816')).toBe(true);
		expect(shareFixes(survey, '1,200')).toBe(true);
		expect(shareFixes(survey, '68%')).toBe(true);
		expect(shareBroken(survey.replace('1,200', '600'))).toBe(true);
		expect(shareBroken(survey)).toBe(false);
	});

	it('reads "a reduction of about 65%" and "24% more than" as changes between two figures', () => {
		expect(changeFixes(trip, '34')).toBe(true);
		expect(changeMismatch(trip.replace('34', '68'))).toBe(true);
		expect(changeFixes(cost, '$1.29 billion')).toBe(true);
		expect(changeMismatch(cost.replace('24%', '36%'))).toBe(true);
		expect(changeMismatch(cost)).toBe(false);
	});
});

describe('a part "of" its whole with its share, and a change between scaled amounts', () => {
	const share = 'Last year 29 of the 240 businesses inspected, or 12%, scored two or lower.';
	const cut =
		'The company learned on 2 February that its grant would fall from £1.2m to £780,000 from April, a cut of 35%.';

	it('fixes each of "29 of the 240 …, or 12%" by the other two', () => {
		expect(shareFixes(share, '240')).toBe(true);
		expect(shareFixes(share, '12%')).toBe(true);
		expect(shareBroken(share.replace('240', '120'))).toBe(true);
		expect(shareBroken(share)).toBe(false);
		const shots =
			'Ellie Brannagh finished with 34 goals from 37 attempts, a shooting accuracy of 92%.';
		expect(shareFixes(shots, '37')).toBe(true);
		expect(shareFixes(shots, '92%')).toBe(true);
		expect(shareBroken(shots.replace('34', '20'))).toBe(true);
		const vote =
			'Helen Marsh said the Forward Party had doubled its share of the vote in Eastgate, from 18% to 36%.';
		expect(multipleOfTheOther(vote, '18%')).toBe(true);
		expect(multipleOfTheOther(vote, '36%')).toBe(true);
	});

	it('reads "£1.2m" in full and leaves out the day of a date', () => {
		expect(changeFixes(cut, '£780,000')).toBe(true);
		expect(changeFixes(cut, '35%')).toBe(true);
		expect(changeMismatch(cut.replace('£780,000', '£390,000'))).toBe(true);
		expect(changeMismatch(cut)).toBe(false);
	});

	it('reads "a vacancy rate of almost 16%" and "just under 29%, with 28,006 of … 97,400"', () => {
		const rate =
			'The trust said 212 of its 1,340 registered nursing posts were empty, a vacancy rate of almost 16%.';
		expect(shareFixes(rate, '212')).toBe(true);
		expect(shareBroken(rate.replace('212 of', '130 of'))).toBe(true);
		const turnout =
			"Turnout was just under 29%, with 28,006 of the borough's 97,400 registered voters taking part.";
		expect(shareFixes(turnout, '97,400')).toBe(true);
		expect(shareBroken(turnout.replace('97,400', '58,000'))).toBe(true);
		// A change of the share between it and its counts: "41%, up from 23% …, with 1,604 of …".
		const since =
			'Turnout in the village reached 41%, up from 23% at the last contested election four years ago, with 1,604 of the 3,912 people on the electoral register casting a vote.';
		expect(shareFixes(since, '3,912')).toBe(true);
		expect(shareFixes(since, '41%')).toBe(true);
		expect(shareFixes(since, '23%')).toBe(false);
		expect(shareBroken(since.replace('41%', '82%'))).toBe(true);
		expect(shareBroken(since)).toBe(false);
	});

	it('reads "Of the 640 homes, 192 will be …, a share of 30%"', () => {
		const homes =
			'Of the 640 homes, 192 will be classed as affordable, a share of 30% that matches its target.';
		expect(shareFixes(homes, '640')).toBe(true);
		expect(shareFixes(homes, '192')).toBe(true);
		expect(shareBroken(homes.replace('640', '800'))).toBe(true);
		expect(shareBroken(homes)).toBe(false);
	});
});

describe('a multiple with a count in words, and "half the"', () => {
	it('keeps "twice as many shots, 18 to nine" and "six weeks, half the 12 weeks"', () => {
		const shots = 'Caxwell had twice as many shots as their hosts, 18 to nine, and hit the bar.';
		expect(multipleBroken(shots)).toBe(false);
		expect(multipleBroken(shots.replace('18', '36'))).toBe(true);
		const notice =
			"It gave only six weeks' notice of the changes, half the 12 weeks normally expected.";
		expect(multipleBroken(notice)).toBe(false);
		expect(multipleBroken(notice.replace('12', '24'))).toBe(true);
	});
});

describe('a change told as an average or a doubling', () => {
	it('fixes each figure from the other two', () => {
		const milk =
			'Milk yields have risen by 12%, from an average of 29 litres per cow each day to 32.5 litres.';
		for (const answer of ['12', '29', '32.5']) expect(changeFixes(milk, answer), answer).toBe(true);
		const auditions = 'Applications have doubled, from 31 last year to 64, and more are expected.';
		expect(changeFixes(auditions, '31')).toBe(true);
		expect(changeFixes(auditions, '64')).toBe(true);
	});

	it('leaves a doubling the figures do not bear out', () => {
		expect(changeFixes('Sales have doubled, from 31 last year to 90.', '31')).toBe(false);
	});
});
