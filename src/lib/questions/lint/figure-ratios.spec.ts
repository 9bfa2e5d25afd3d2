/** Figures a sentence ties together by its own wording (figure-ratios.ts). */
import { describe, expect, it } from 'vitest';
import {
	marginBroken,
	marginFixes,
	moreThanBroken,
	moreThanFixes,
	timesMismatch
} from './figure-ratios.ts';
import { brokenOrders, computable } from './number-orders.ts';

const vote =
	'Priya Nandakumar won the ward with 1,148 votes, two more than the Progress Party candidate, Tom Ellery-Vance, who received 1,146.';

describe('"N more than" between two figures', () => {
	it('holds when the first is N more than the second, and fixes either by the other', () => {
		expect(moreThanBroken(vote)).toBe(false);
		expect(moreThanFixes(vote, '1,148')).toBe(true);
		expect(computable(vote, '1,146')).toBe(true);
		expect(computable(vote, 'Tom Ellery-Vance')).toBe(false);
	});

	it('reads "one short of the 24" as one fewer than 24', () => {
		const seats =
			"It now holds 23 of Marrowdale District Council's 47 seats, one short of the 24 needed to control it.";
		expect(moreThanBroken(seats)).toBe(false);
		expect(computable(seats, '23')).toBe(true);
		expect(computable(seats, '24')).toBe(true);
		expect(computable(seats, '47')).toBe(false);
		expect(moreThanBroken(seats.replace('holds 23', 'holds 46'))).toBe(true);
	});

	it('reads a margin written with a thousands comma', () => {
		const big =
			'Cllr Maureen Oduya, 58, won the by-election with 14,306 votes, 1,214 more than the Civic Alliance candidate, Gareth Pennock, who finished second with 13,092.';
		expect(moreThanBroken(big)).toBe(false);
		expect(computable(big, '14,306')).toBe(true);
		expect(moreThanBroken(big.replace('14,306', '8,584'))).toBe(true);
	});

	it('is broken by a figure changed, and by "fewer" the wrong way', () => {
		expect(brokenOrders(vote.replace('1,148', '1,150'))).toContain(
			'its figures are not so many more than the other'
		);
		expect(
			moreThanBroken('The club signed 31 players, three fewer than last season, when it had 34.')
		).toBe(false);
		expect(
			moreThanBroken('The club signed 37 players, three fewer than last season, when it had 34.')
		).toBe(true);
	});

	it('is no rule for a year or a figure with nothing to compare', () => {
		expect(moreThanBroken('She scored 12 goals, two more than in 2019.')).toBe(false);
		expect(moreThanFixes('She scored 12 goals, two more than last season.', '12')).toBe(false);
	});
});

describe('a winning margin between two totals', () => {
	const cricket =
		'Brackenfold won by 47 runs after bowling out the visitors for 138 in reply to their own total of 185 for eight.';

	it('fixes the margin and either total by the other two', () => {
		expect(marginBroken(cricket)).toBe(false);
		for (const figure of ['47', '138', '185']) expect(computable(cricket, figure)).toBe(true);
		expect(marginFixes('Ashby won by 12 points in front of 4,100 fans.', '4,100')).toBe(false);
	});

	it('is broken by one of the three changed', () => {
		expect(brokenOrders(cricket.replace('47 runs', '35 runs'))).toContain(
			'its margin is not the difference of its totals'
		);
		expect(marginBroken(cricket.replace('138', '150'))).toBe(true);
	});

	it('is no rule without two totals, or with more than two', () => {
		expect(marginBroken('Ashby won by 12 points in front of 4,100 fans.')).toBe(false);
		expect(
			marginBroken(
				'Ashby won by 3 goals; 4,100 fans came, 900 more than in 2019, and 52 left early.'
			)
		).toBe(false);
	});
});

describe('a rise "of 38 per cent" written out', () => {
	it('fixes either figure by the other, as "38%" does', () => {
		const rise =
			'The unit said 112 thefts were reported last year, up from 81 the year before, a rise of 38 per cent.';
		expect(computable(rise, '112')).toBe(true);
		expect(computable(rise, '81')).toBe(true);
		expect(brokenOrders(rise.replace('112', '150'))).toContain(
			'its figures and the change between them do not agree'
		);
	});
});

describe('a fall "from 2,900 to about 2,000"', () => {
	it('fixes the fall in per cent by its two figures, "about" or not', () => {
		const fall =
			'Recruitment of international students has fallen by 31% in two years, from 2,900 to about 2,000.';
		expect(computable(fall, '31%')).toBe(true);
		expect(brokenOrders(fall.replace('31%', '16%'))).toContain(
			'its figures and the change between them do not agree'
		);
	});
});

describe('"more than double", "almost twice", "less than half"', () => {
	it('holds "more than double" to above twice, and "almost twice" to a little under it', () => {
		expect(timesMismatch('About 9,400 watched, more than double last year’s crowd of 4,100.')).toBe(
			false
		);
		expect(timesMismatch('About 7,100 watched, more than double last year’s crowd of 4,100.')).toBe(
			true
		);
		expect(timesMismatch('Inflation stood at 3.8%, still almost twice the 2% target.')).toBe(false);
		expect(timesMismatch('Inflation stood at 4.3%, still almost twice the 2% target.')).toBe(true);
		expect(timesMismatch('It sold 31,500, about four times the 8,000 of 2019.')).toBe(false);
		expect(timesMismatch('It fell to 15 seats, less than half the 31 it won last time.')).toBe(
			false
		);
		expect(timesMismatch('It fell to 19 seats, less than half the 31 it won last time.')).toBe(
			true
		);
		expect(timesMismatch('About 700 voted, more than half of the 1,200 members.')).toBe(false);
		expect(timesMismatch('It won 30 seats, more than half the total in 2019.')).toBe(false);
	});
});

describe('a sum and a part of it', () => {
	it('breaks when the part "including" or "going to" is larger than the whole', () => {
		const spend =
			'The trusts will spend £38 million over three years, including £22 million on a new wing.';
		expect(brokenOrders(spend)).toEqual([]);
		expect(brokenOrders(spend.replace('£38 million', '£19 million'))).not.toEqual([]);
		const prize = 'The race is worth £250,000, with £142,000 going to the winner’s owners.';
		expect(brokenOrders(prize)).toEqual([]);
		expect(brokenOrders(prize.replace('£250,000', '£130,000'))).not.toEqual([]);
		expect(brokenOrders(prize.replace('£142,000', '£284,000'))).not.toEqual([]);
		const path =
			'It cost £6.2 million, of which £4.5 million came from the Northern Greenways Partnership.';
		expect(brokenOrders(path)).toEqual([]);
		expect(brokenOrders(path.replace('£6.2 million', '£3.1 million'))).not.toEqual([]);
		// Scales written after the figure count: £900,000 is less than £1.2 million.
		expect(
			brokenOrders('The appeal raised £1.2 million, including £900,000 from one donor.')
		).toEqual([]);
	});
});

describe('"down from a peak of"', () => {
	it('reads the figure after "a peak of" as the one it came down from', () => {
		const trade =
			'Trade was worth £6.4 billion last year, down from a peak of £9.1 billion in 2014.';
		expect(brokenOrders(trade)).toEqual([]);
		expect(brokenOrders(trade.replace('£6.4 billion', '£12.8 billion'))).not.toEqual([]);
		expect(brokenOrders(trade.replace('£9.1 billion', '£5.5 billion'))).not.toEqual([]);
	});
});

describe('a vote with its majority, the loser named between', () => {
	it('fixes each of the three figures by the other two', () => {
		const won = "Janet Heywood won 148,302 votes to Martin Crale's 131,877, a majority of 16,425.";
		expect(computable(won, '148,302')).toBe(true);
		expect(computable(won, '16,425')).toBe(true);
		expect(computable('Janet Heywood won 148,302 votes to 131,877 on Friday.', '148,302')).toBe(
			false
		);
	});
});

describe('an anniversary and the two years it spans', () => {
	const church =
		"The design shows the tower of St Elwin's Church, which celebrates its 900th anniversary this year, with the dates 1126 and 2026.";

	it('fixes either year by the other, and breaks on any other year', () => {
		expect(computable(church, '1126')).toBe(true);
		expect(computable(church, '2026')).toBe(true);
		expect(brokenOrders(church)).toEqual([]);
		expect(brokenOrders(church.replace('2026', '2025'))).not.toEqual([]);
		expect(brokenOrders(church.replace('1126', '1201'))).not.toEqual([]);
		expect(brokenOrders(church.replace('1126', '674'))).not.toEqual([]);
	});

	it('reads a centenary as a hundred years, and fixes nothing with one year', () => {
		const hall = 'The hall, opened in 1925, marks its centenary in 2025.';
		expect(computable(hall, '1925')).toBe(true);
		expect(brokenOrders(hall.replace('1925', '1935'))).not.toEqual([]);
		expect(computable('The club marks its 50th anniversary in 2026.', '2026')).toBe(false);
	});
});
