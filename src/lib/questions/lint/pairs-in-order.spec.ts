/** Figures a pair or a custom gives away (given-away.ts), and a figure inside its limit. */
import { describe, expect, it } from 'vitest';
import { nominalSum, pairInOrder } from './given-away.ts';
import { brokenOrders } from './number-orders.ts';

describe('pairInOrder and nominalSum', () => {
	it('gives either of two school years or two decades in a row by the other', () => {
		const pupils = 'Lessons will begin at 9.45am for pupils in Years 10 and 11.';
		expect(pairInOrder(pupils, '10')).toBe(true);
		expect(pairInOrder(pupils, '11')).toBe(true);
		expect(pairInOrder('It is open to pupils in Years 7 and 9.', '9')).toBe(false);
		expect(pairInOrder('About 380 pupils in Years 10 and 11 take part.', '380')).toBe(false);
		const shows = 'She exhibited widely in the 1920s and 1930s.';
		expect(pairInOrder(shows, '1920s')).toBe(true);
		expect(pairInOrder('She exhibited in the 1920s and 1950s.', '1950s')).toBe(false);
		expect(pairInOrder('It starts with people aged 54 and 55.', '54')).toBe(true);
		expect(pairInOrder('It covers people aged 50 to 55.', '50')).toBe(false);
	});

	it('knows a nominal price', () => {
		const mill = 'The trust bought the mill for a nominal £1 in 2016.';
		expect(nominalSum(mill, '£1')).toBe(true);
		expect(nominalSum('The trust bought the mill for £1 in 2016.', '£1')).toBe(false);
	});
});

describe('a figure inside a limit', () => {
	const wind =
		'The tailwind was measured at 1.4 metres per second, comfortably inside the legal limit of 2.0.';

	it('breaks when the figure passes the limit it is said to be inside', () => {
		expect(brokenOrders(wind)).toEqual([]);
		expect(brokenOrders(wind.replace('1.4', '2.4'))).not.toEqual([]);
	});
});

describe('a sum less than another', () => {
	const fees =
		'The council will pay £68 a day for each person it refers, which is less than the £95 a day it spends on a day centre.';

	it('breaks when the sum is no longer less', () => {
		expect(brokenOrders(fees)).toEqual([]);
		expect(brokenOrders(fees.replace('£68', '£136'))).not.toEqual([]);
	});
});
