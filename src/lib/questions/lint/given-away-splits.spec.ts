import { describe, expect, it } from 'vitest';
import { splitOfAWhole } from './given-away.ts';

describe('splitOfAWhole', () => {
	it('finds a vote’s share given by the other share', () => {
		const statement =
			'In Port Aubrel, 61% backed independence, but the border city of Vellanor voted to remain by 55% to 45%.';
		expect(splitOfAWhole(statement, '55%')).toBe(true);
		expect(splitOfAWhole(statement, '45')).toBe(true);
		expect(splitOfAWhole(statement, '61%')).toBe(false);
		expect(
			splitOfAWhole(
				'Results showed that 52.4% of voters supported leaving, against 47.6%.',
				'47.6%'
			)
		).toBe(true);
	});

	it('leaves a rise from one share to another, and shares that do not make a whole', () => {
		expect(splitOfAWhole('Support rose from 45% to 55% in a year.', '55%')).toBe(false);
		expect(splitOfAWhole('The motion passed by 60% to 30%, with 10% abstaining.', '60%')).toBe(
			false
		);
	});
});
