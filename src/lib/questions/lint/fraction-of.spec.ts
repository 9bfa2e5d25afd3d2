import { describe, expect, it } from 'vitest';
import { fractionBroken } from './fraction-of.ts';
import { brokenOrders } from './number-orders.ts';

describe('fractionBroken', () => {
	const grant =
		"The grant, worth £140,000 a year, made up just over half of the company's annual income of £260,000.";

	it('keeps a part that is the fraction it says of its whole', () => {
		expect(fractionBroken(grant)).toBe(false);
		expect(fractionBroken('It raised £900,000, about a third of the £2.4 million cost.')).toBe(
			false
		);
	});

	it('finds a part too large or too small for "just over half" or "about a third"', () => {
		expect(fractionBroken(grant.replace('£140,000', '£370,000'))).toBe(true);
		expect(fractionBroken(grant.replace('£140,000', '£120,000'))).toBe(true);
		expect(fractionBroken(grant.replace('£260,000', '£352,000'))).toBe(true);
		expect(fractionBroken('It raised £400,000, about a third of the £2.4 million cost.')).toBe(
			true
		);
		expect(brokenOrders(grant.replace('£140,000', '£370,000'))).toContain(
			'its part is not the fraction it says of the whole'
		);
	});

	it('reads a share said in the next sentence, and "one in 20"', () => {
		const repairs =
			"Repairs are expected to cost about £1.8 million. That is almost a third of the council's entire budget for road maintenance this year, which stands at £5.6 million.";
		expect(fractionBroken(repairs)).toBe(false);
		expect(fractionBroken(repairs.replace('a third', 'half'))).toBe(true);
		const jobs =
			"The closure cost about 400 jobs. That figure represents nearly one in 20 of Morvaine's working population of 8,300.";
		expect(fractionBroken(jobs)).toBe(false);
		expect(fractionBroken(jobs.replace('8,300', '4,200'))).toBe(true);
	});
});
