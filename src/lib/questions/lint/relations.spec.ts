import { describe, expect, it } from 'vitest';
import {
	complementShare,
	countedByList,
	countMismatch,
	figuresIn,
	partOfWhole,
	partsBroken,
	rangeReversed,
	sharesBroken
} from './relations.ts';

const RAIN = 'Forecasters warned that a further 50 to 70 millimetres of rain could fall.';
const AGE = 'Voters rejected a plan to lower the voting age from 18 to 16.';
const FELLED = 'Tests show that the tree was felled between 1420 and 1380 BC.';
const VOTE = 'Results showed that 53.8% of voters said no and 46.2% said yes.';
const SITES = 'She said the three sites, in Garston, Eddington and Port Avery, were the oldest.';

describe('figuresIn', () => {
	it('reads digits, separators, decimals and small number words, marking shares', () => {
		expect(figuresIn('about 1,100 jobs, 4.6 metres, three sites, 53.8% and 12 per cent')).toEqual([
			expect.objectContaining({ value: 1100, percent: false }),
			expect.objectContaining({ value: 4.6, percent: false }),
			expect.objectContaining({ value: 3, percent: false }),
			expect.objectContaining({ value: 53.8, percent: true }),
			expect.objectContaining({ value: 12, percent: true })
		]);
	});
});

describe('rangeReversed', () => {
	it('refuses a range or change turned round', () => {
		expect(rangeReversed(RAIN, RAIN.replace('50 to', '75 to'))).toMatch(/75 to 70/);
		expect(rangeReversed(RAIN, RAIN.replace('to 70', 'to 35'))).toMatch(/50 to 35/);
		expect(rangeReversed(AGE, AGE.replace('from 18', 'from 9'))).toMatch(/9 to 16/);
		expect(rangeReversed(AGE, AGE.replace('to 16', 'to 28'))).toMatch(/18 to 28/);
		expect(rangeReversed(FELLED, FELLED.replace('and 1380', 'and 1430'))).toMatch(/1420 and 1430/);
		const highs = 'Forecasters expect highs of 31C to 33C next week.';
		expect(rangeReversed(highs, highs.replace('31C', '43C'))).toMatch(/43C to 33/);
		expect(rangeReversed(highs, highs.replace('31C', '29C'))).toBeUndefined();
	});

	it('keeps one that runs the same way', () => {
		expect(rangeReversed(RAIN, RAIN.replace('50 to', '25 to'))).toBeUndefined();
		expect(rangeReversed(AGE, AGE.replace('from 18', 'from 21'))).toBeUndefined();
		expect(rangeReversed(FELLED, FELLED.replace('1420', '1422'))).toBeUndefined();
		// "and" joins a range only after "between".
		expect(rangeReversed(VOTE, VOTE.replace('46.2%', '58.2%'))).toBeUndefined();
	});
});

describe('shares of a whole', () => {
	it('refuses shares that no longer make the whole', () => {
		expect(sharesBroken(VOTE, VOTE.replace('53.8%', '54.3%'))).toMatch(/100.5%/);
		expect(sharesBroken(VOTE, VOTE.replace('46.2%', '45.7%'))).toMatch(/99.5%/);
	});

	it('leaves shares that were never a whole', () => {
		const growth = 'Sales rose by 4% while costs rose by 9%.';
		expect(sharesBroken(growth, growth.replace('4%', '7%'))).toBeUndefined();
	});

	it('knows a share fixed by the other one', () => {
		expect(complementShare(VOTE, '53.8%')).toBe(true);
		expect(complementShare(VOTE, '46.2%')).toBe(true);
		expect(complementShare('Turnout was 61%, against 58% in 2009.', '61%')).toBe(false);
	});
});

describe('counts of a list', () => {
	it('knows a count the list after it gives', () => {
		expect(countedByList(SITES, 'three')).toBe(true);
		expect(countedByList('It closed three of its nine bakeries.', 'nine')).toBe(false);
		expect(countedByList('The two cities of Aldor and Hennig voted yes.', 'two')).toBe(true);
	});

	it('refuses a count the list contradicts', () => {
		expect(countMismatch(SITES, SITES.replace('three', 'four'))).toMatch(/lists 3, not four/);
		expect(countMismatch(SITES, SITES)).toBeUndefined();
	});
});

describe('a whole and its parts', () => {
	const festival =
		'The festival cost £620,000 to stage, of which the board gave £250,000, the council £180,000 and sponsors the remaining £190,000.';

	it('knows each figure is fixed by the others', () => {
		expect(partOfWhole(festival, '£620,000')).toBe(true);
		expect(partOfWhole(festival, '£180,000')).toBe(true);
		expect(
			partOfWhole(
				'The fund of £2 million, of which £1.5 million is spent, is the largest.',
				'£2 million'
			)
		).toBe(false);
		expect(
			partOfWhole(
				'It cost £4.2 million, of which £3 million came from the state and the remaining £1.2 million from donors.',
				'£1.2 million'
			)
		).toBe(true);
	});

	it('finds a false whole or part that no longer adds up', () => {
		expect(partsBroken(festival, festival.replace('£620,000', '£470,000'))).toMatch(/add up/);
		expect(partsBroken(festival, festival)).toBeUndefined();
		expect(partsBroken('It cost £5 in 2023.', 'It cost £6 in 2023.')).toBeUndefined();
	});
});
