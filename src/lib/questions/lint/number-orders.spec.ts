/** The orders a sentence fixes between its figures, and breaks (number-orders.ts). */
import { describe, expect, it } from 'vitest';
import { brokenOrders, computable } from './number-orders.ts';

describe('a share of two sums', () => {
	const valuation =
		'The scheme had assets of £486m against liabilities of £700m, meaning it could pay only about 69% of the pensions it had promised.';

	it('is fixed by the two sums, and any of the three by the other two', () => {
		expect(brokenOrders(valuation)).toEqual([]);
		expect(brokenOrders(valuation.replace('69%', '52%'))).toEqual([
			'its share is not the one sum over the other'
		]);
		expect(computable(valuation, '69%')).toBe(true);
		expect(computable(valuation, '£486m')).toBe(true);
	});

	it('is no rule when the share is of something else, or the sums are of two units', () => {
		const price = 'Tickets rose from £10 to £12, and 35% of fans said they would stop going.';
		// The true sentence already "breaks" it, so a wrong share breaks nothing new.
		expect(brokenOrders(price.replace('35%', '60%'))).toEqual(brokenOrders(price));
		expect(computable(price, '35%')).toBe(false);
		expect(computable('It made $40m against costs of £80m, 50% of its target.', '50%')).toBe(false);
	});
});

describe('"N times as many" and "only … compared with" over longer sentences', () => {
	it('compares "almost four times as many" with the figure before it, years left out', () => {
		const sold =
			'It was then selling fewer than 8,000 tickets a year. By 2019 it sold 31,500, almost four times as many.';
		expect(brokenOrders(sold)).toEqual([]);
		expect(brokenOrders(sold.replace('31,500', '47,000'))).toEqual([
			'it must be more than so many times the other'
		]);
		expect(brokenOrders(sold.replace('four', 'seven'))).toEqual([
			'it must be more than so many times the other'
		]);
	});

	it('reads "£2.6m, more than four times … about £600,000" with the figures in full', () => {
		const pier =
			"The repairs will cost £2.6m, more than four times the trust's annual income of about £600,000.";
		expect(brokenOrders(pier)).toEqual([]);
		expect(brokenOrders(pier.replace('£600,000', '£900,000'))).toEqual([
			'it must be more than so many times the other'
		]);
	});

	it('reads "Only 38% … within 30 minutes …, compared with 61%" past the figures between', () => {
		const calls =
			'Only 38% of calls were reached within 30 minutes between December and February, compared with 61% two years earlier.';
		expect(brokenOrders(calls)).toEqual([]);
		expect(brokenOrders(calls.replace('61%', '31%'))).toEqual([
			'“only” is less than what it is compared with'
		]);
		const just =
			'Just 2,140 students took it this year, 6.9 per cent of the cohort, compared with 3,050 a decade ago.';
		expect(brokenOrders(just)).toEqual([]);
		expect(brokenOrders(just.replace('2,140', '3,200'))).toEqual([
			'“only” is less than what it is compared with'
		]);
	});
});

describe('a statement taught after the sentence before', () => {
	it('tells what followed: its dates are not before that sentence’s', () => {
		const story =
			'The application, lodged on 16 May 2022, drew 1,130 objections. On 9 November 2022 the committee voted to refuse it.';
		expect(brokenOrders(story)).toEqual([]);
		expect(brokenOrders(story.replace('9 November 2022', '9 January 2022'))).toEqual([
			'it happens before what the sentence before tells'
		]);
		// One sentence alone keeps no story order.
		expect(brokenOrders('It was lodged on 16 May 2022 and first planned in June 2021.')).toEqual(
			[]
		);
	});
});

describe('brokenOrders', () => {
	it('knows "well below" and "above" order two figures, and "only … compared with"', () => {
		const below =
			'Its 72-seat aircraft flew 41 per cent full, well below the 65 per cent it needs.';
		expect(brokenOrders(below)).toEqual([]);
		expect(brokenOrders(below.replace('41', '82'))).toEqual([
			'“well below” leaves a gap',
			'what is below the other must be smaller'
		]);
		expect(brokenOrders(below.replace('41', '62'))).toEqual(['“well below” leaves a gap']);
		expect(brokenOrders('The amendment was defeated by 120 votes to 129.')).toEqual([
			'the winning side must have more votes'
		]);
		expect(brokenOrders('He beat the world number three by 5 frames to eight.')).toEqual([
			'the winning side must have more votes'
		]);
		expect(brokenOrders('He beat the world number three by 10 frames to eight.')).toEqual([]);
		const half = 'Suspensions fell by more than half, from 412 last year to 186.';
		expect(brokenOrders(half)).toEqual([]);
		expect(brokenOrders(half.replace('412', '309'))).toEqual([
			'“by more than half” fixes how far it fell'
		]);
		expect(brokenOrders('She shortened the lunch break from 36 minutes to 40.')).toEqual([
			'a fall ends lower than it starts'
		]);
		expect(brokenOrders('She shortened the lunch break from 60 minutes to 40.')).toEqual([]);
		expect(brokenOrders('The festival ran on 6 and 6 September.')).toEqual([
			'two days of a month are named in order'
		]);
		const up = 'Suspensions fell. Last summer 29% of pupils passed, up from 41% before.';
		expect(brokenOrders(up)).toContain('“up from” starts lower');
		expect(brokenOrders(up.replace('29%', '58%'))).toEqual([]);
		expect(brokenOrders('Sales of 90 units were above the 120 expected.')).toEqual([
			'what is above the other must be larger'
		]);
		const only = 'Only 81 per cent have had both doses, compared with 89 per cent in the region.';
		expect(brokenOrders(only)).toEqual([]);
		expect(brokenOrders(only.replace('89', '45'))).toEqual([
			'“only” is less than what it is compared with'
		]);
	});

	it('finds orders a sentence fixes and breaks', () => {
		expect(brokenOrders('The bill passed by 40 votes to 52.')).toEqual([
			'the winning side must have more votes'
		]);
		expect(brokenOrders('United beat Rovers 1-3.')).toEqual(['the winner must have scored more']);
		expect(brokenOrders('12 of its 10 members voted.')).toEqual([
			'a part cannot be larger than its whole'
		]);
		expect(brokenOrders('The operator ranked 14th out of 10 operators for punctuality.')).toEqual([
			'a place cannot be past the number ranked'
		]);
		expect(brokenOrders('It would save between £40 million and £30 million.')).toEqual([
			'a range runs from low to high'
		]);
		expect(brokenOrders('It covers use-by dates between 14 July and 28 May.')).toEqual([
			'a range of dates runs from the earlier to the later'
		]);
		expect(brokenOrders('The office is shut from Dec. 2 to Sept. 30.')).toEqual([
			'a range of dates runs from the earlier to the later'
		]);
		expect(brokenOrders('The tree was felled between 1050 BC and 1,960 BC.')).toEqual([
			'a range of years BC runs from the larger to the smaller'
		]);
		expect(
			brokenOrders('Derek Coyle, 58, a former fitter who worked there for 68 years, said so.')
		).toEqual([
			'no one has done something for longer than their age',
			'no one works from before the age of 14'
		]);
		expect(
			brokenOrders('Derek Coyle, 58, a former fitter who worked there for 51 years, said so.')
		).toEqual(['no one works from before the age of 14']);
		expect(
			brokenOrders(
				'Patients waited 28 minutes, more than two and a half times the 18-minute target.'
			)
		).toEqual(['it must be more than so many times the other']);
		expect(
			brokenOrders('In Carsby the wait was 142 minutes, almost twice the 39 minutes.')
		).toEqual(['it must be more than so many times the other']);
		expect(
			brokenOrders('It was slow. Only 31% were reached, compared with 29% two years earlier.')
		).toEqual(['“only” is less than what it is compared with']);
		expect(brokenOrders('Inflation rose from 8 % to 5 %.')).toEqual([
			'a rise ends higher than it starts'
		]);
		expect(brokenOrders('Its share had risen to 4.1%, from 5.1% a year earlier.')).toEqual([
			'a rise ends higher than it starts'
		]);
		expect(brokenOrders('Its share had risen to 4.1%, from 3.6% a year earlier.')).toEqual([]);
		const limit =
			'The average level at the worst schools was 48 micrograms per cubic metre, above the legal annual limit of 40.';
		expect(brokenOrders(limit)).toEqual([]);
		expect(brokenOrders(limit.replace('48', '24'))).toEqual([
			'what is above the other must be larger'
		]);
		expect(brokenOrders('Sales fell to 310,000 from 290,000 in 2019.')).toEqual([
			'a fall ends lower than it starts'
		]);
		expect(brokenOrders('The mine operated from 2021 to 2019.')).toEqual([
			'a period ends after it starts'
		]);
		expect(brokenOrders('He was knighted in 1875 and died in 1870.')).toEqual([
			'nothing happens to someone after they died'
		]);
	});

	it('finds nothing in sentences that keep their order', () => {
		for (const statement of [
			'The bill passed by 52 votes to 40.',
			'United beat Rovers 3-1.',
			'8 of its 10 members voted.',
			'The operator ranked 14th out of 16 operators for punctuality.',
			'Inflation rose from 2 % to 5 %.',
			'Prices fell from 9 to 4 dollars.',
			'The mine operated from 2019 to 2021.',
			'He stole the money between 2016 and 2023.',
			'It would save between £40 million and £60 million.',
			'It covers use-by dates between 14 May and 28 May.',
			'Patients waited 47 minutes, more than two and a half times the 18-minute target.',
			'In Carsby the wait was 71 minutes, almost twice the 39 minutes.',
			'The office is shut from Sept. 30 to Dec. 2.',
			'The tree was felled between 1050 BC and 980 BC.',
			'Derek Coyle, 58, a former fitter who worked there for 34 years, said so.',
			'He was knighted in 1875 and died in 1891.'
		])
			expect(brokenOrders(statement), statement).toEqual([]);
	});
});

describe('figures held by "up from" and an age in brackets', () => {
	const waits =
		'Some 2,150 patients are waiting, and 41% of them have been on the list for more than a year, up from 29% last September.';

	it('holds the figure nearest before "up from" above it, and the first one too', () => {
		expect(brokenOrders(waits)).toEqual([]);
		expect(brokenOrders(waits.replace('41%', '21%'))).toEqual([
			'“up from” starts lower than the figure before it'
		]);
		const seats = 'The party won 27 of the council’s 45 seats, up from 15 at the last election.';
		expect(brokenOrders(seats)).toEqual([]);
		expect(brokenOrders(seats.replace('27', '14'))).toContain('“up from” starts lower');
	});

	it('keeps "her 19 years with the station" and "four decades … aged 87" to an adult life', () => {
		const coxswain =
			'The coxswain, Rachel Trenouth, 44, who runs a café, said it was the hardest search of her 19 years with the station.';
		expect(brokenOrders(coxswain)).toEqual([]);
		expect(brokenOrders(coxswain.replace('19 years', '38 years'))).toEqual([
			'no one works from before the age of 14'
		]);
		const fiddler =
			'Tributes have been paid to Agnes Tulloch, who ran the folk club for more than four decades, after she died at home on Tuesday aged 87.';
		expect(brokenOrders(fiddler)).toEqual([]);
		expect(brokenOrders(fiddler.replace('aged 87', 'aged 52'))).toEqual([
			'no one works from before the age of 14'
		]);
	});

	it('reads "more than twice" of the figure reached, not the one it rose from', () => {
		const inflation =
			'Annual inflation reached 6.8% in February, up from 5.9% in January and more than twice the target of 3%.';
		expect(brokenOrders(inflation)).toEqual([]);
		expect(brokenOrders(inflation.replace('of 3%', 'of 6%'))).toContain(
			'it must be more than so many times the other'
		);
	});

	it('keeps "well below the target of 78%" above the figure before it', () => {
		const ae =
			"Only 61% of patients were seen within four hours, down from 68% last year and well below the trust's own target of 78%.";
		expect(brokenOrders(ae)).toEqual([]);
		expect(brokenOrders(ae.replace('78%', '47%'))).toContain('“well below” must be below');
	});

	it('multiplies out a rate, its years and a total in millions', () => {
		const fund =
			'WFE has offered a community fund of £350,000 a year for the 30-year lifetime of the wind farm, worth £10.5 million in total.';
		expect(brokenOrders(fund)).toEqual([]);
		expect(brokenOrders(fund.replace('£350,000', '£490,000'))).toEqual([
			'its figures no longer multiply out'
		]);
	});

	it('reads an age in brackets as an age: "Fiona Reddick (44), who has volunteered for 38 years"', () => {
		const coxswain =
			'Coxswain Fiona Reddick (44), who has volunteered at the station for 19 years, said so.';
		expect(brokenOrders(coxswain)).toEqual([]);
		expect(brokenOrders(coxswain.replace('19 years', '38 years'))).toEqual([
			'no one works from before the age of 14'
		]);
	});
});

describe('figures held by "faster than" and "slower than"', () => {
	const prices =
		"Food prices in the region rose by 9% over the past year, according to the county's survey, faster than the national average of 7%.";

	it('keeps what rose faster the larger, and what rose more slowly the smaller', () => {
		expect(brokenOrders(prices)).toEqual([]);
		expect(brokenOrders(prices.replace('9%', '5%'))).toEqual([
			'what rose faster than the other must be the larger'
		]);
		const slower = 'Rents rose by 3% this year, slower than the 5% rise in wages.';
		expect(brokenOrders(slower)).toEqual([]);
		expect(brokenOrders(slower.replace('3%', '8%'))).toEqual([
			'what rose more slowly than the other must be the smaller'
		]);
	});
});

describe('"down from around 90,000"', () => {
	it('reads a rough figure after "up from" or "down from"', () => {
		const visits =
			'The pool had about 68,000 visits last year, down from around 90,000 a decade earlier.';
		expect(brokenOrders(visits)).toEqual([]);
		expect(brokenOrders(visits.replace('68,000', '119,000'))).toContain(
			'“down from” starts higher'
		);
	});
});

describe('a rise from a hedged figure, and a share below or above another', () => {
	it('reads "rise from about 140 a day to 210" and its turned-round false form', () => {
		const lorries =
			'Lorry movements would rise from about 140 a day to 210, and most pass the school.';
		expect(brokenOrders(lorries)).toEqual([]);
		expect(brokenOrders(lorries.replace('140', '280'))).toEqual([
			'a rise ends higher than it starts'
		]);
		expect(brokenOrders('Sales will fall from around 90 to 120 this year.')).toEqual([
			'a fall ends lower than it starts'
		]);
	});

	it('keeps "83% …, well below the 95%" below, and "…, above the 4.6%" above', () => {
		const doses =
			'Figures show that 83% of 16-year-olds have had both doses of the vaccine, well below the 95% that experts say is needed.';
		expect(brokenOrders(doses)).toEqual([]);
		expect(brokenOrders(doses.replace('95%', '57%'))).toEqual([
			'what is below a figure is less than it'
		]);
		const rate =
			'The rate reached 6.8% in the three months to September, above the 4.6% national average.';
		expect(brokenOrders(rate)).toEqual([]);
		expect(brokenOrders(rate.replace('4.6%', '7.6%'))).toEqual([
			'what is above the other must be larger'
		]);
	});
});

describe('a part of those who took part, and a majority', () => {
	it('keeps the voters within those who took part, and a majority over half', () => {
		const ballot = 'Of the 312 members who took part in the ballot, 264 voted for a strike.';
		expect(brokenOrders(ballot)).toEqual([]);
		expect(brokenOrders(ballot.replace('312', '190'))).toEqual([
			'a part is no larger than the whole it is of'
		]);
		expect(brokenOrders('264 voted for it, a majority of about 85%.')).toEqual([]);
		expect(brokenOrders('264 voted for it, a majority of about 43%.')).toEqual([
			'a majority is more than half'
		]);
	});

	it('keeps "ten of the 14 members" and "four of the five areas" within their whole', () => {
		const members = 'Ten of the 14 members said they would carry on working.';
		expect(brokenOrders(members)).toEqual([]);
		expect(brokenOrders(members.replace('14', '7'))).toEqual([
			'a part cannot be larger than its whole'
		]);
		const areas = 'It was judged inadequate in four of the five areas inspectors assess.';
		expect(brokenOrders(areas)).toEqual([]);
		expect(brokenOrders(areas.replace('five', 'three'))).toHaveLength(1);
	});

	it('keeps "only" below what it is set against', () => {
		const target =
			'Only 58% of patients were seen in four hours, against a national target of 95%.';
		expect(brokenOrders(target)).toEqual([]);
		expect(brokenOrders(target.replace('95%', '48%'))).toEqual([
			'“only” is less than what it is set against'
		]);
		const supply = 'It has a supply of only 3.6 years, against the five years required.';
		expect(brokenOrders(supply)).toEqual([]);
		expect(brokenOrders(supply.replace('five', 'three'))).toHaveLength(1);
		const doses =
			'Only 81% of five-year-olds in Brindlecombe have had both doses of the MMR vaccine, compared with the 95% that experts say is needed.';
		expect(brokenOrders(doses)).toEqual([]);
		expect(brokenOrders(doses.replace('95%', '71%'))).toEqual([
			'“only” is less than what it is set against'
		]);
	});
});
